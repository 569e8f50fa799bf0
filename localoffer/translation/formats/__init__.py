"""Date formats Django's own locale data gets wrong for this site (settings.FORMAT_MODULE_PATH).

British English: "24 November 2026", as GOV.UK writes dates (Django's is "24 Nov 2026"). Urdu:
Django has no formats for it and would fall back to the American "Nov. 24, 2026". Polish and
Arabic use Django's own ("24 listopada 2026", with the month in the genitive)."""
