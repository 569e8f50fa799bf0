"""Take personal details out of what families type, before anything is stored.

Families are asked not to include personal details, but some will: a parent writes their email
address so that someone calls back, or a child's NHS number. Each kind of detail is replaced by
a placeholder that says what was there, so leads can still understand the comment. Names cannot
be found reliably by a pattern, which is why the form warns families not to type them.
"""

import re

EMAIL = "[email removed]"
PHONE = "[phone number removed]"
POSTCODE = "[postcode removed]"
NHS_NUMBER = "[NHS number removed]"
NATIONAL_INSURANCE = "[National Insurance number removed]"
ADDRESS = "[address removed]"
NUMBER = "[number removed]"

# jane.doe@example.com, and the spelt-out forms jane (at) example (dot) com and jane[at]example.com.
_EMAIL = re.compile(
    r"[\w.!#$%&'*+/=?^`{|}~-]+(?:\s?@\s?|\s*[(\[]at[)\]]\s*)"
    r"[\w-]+(?:(?:\.|\s*[(\[]dot[)\]]\s*)[\w-]+)+",
    re.IGNORECASE,
)
# Ten digits, written 943 476 5919, 943-476-5919 or 9434765919.
_TEN_DIGITS = re.compile(r"(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
# Two letters, six digits and A to D: QQ 12 34 56 C. Looser than HMRC's rules on purpose.
_NATIONAL_INSURANCE = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", re.IGNORECASE)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", re.IGNORECASE)
# UK numbers: 01632 960 123, (01632) 960123, 07700 900 123, +44 7700 900123, +44 (0)20 7946 0018.
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)"
    r"\d(?:[\s\-()]{0,2}\d){8,9}(?!\d)"
)
_STREET_WORDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Place|Gardens|Grove|"
    "Terrace|Walk|Hill|Square|Mews|Rise|View|Row|Green|Park"
)
_ADDRESS = re.compile(
    rf"\b\d{{1,4}}[A-Za-z]?,?\s+(?:[A-Z][\w'-]*\s+){{1,3}}(?:{_STREET_WORDS})\b\.?"
)
# Any other long number (a case reference, a card number, a bank account) may identify someone.
_LONG_NUMBER = re.compile(r"(?<!\d)\d(?:[ -]?\d){7,}(?!\d)")


def redact(text):
    """`text` with emails, phone numbers, postcodes, NHS and National Insurance numbers, street
    addresses and other long numbers replaced by placeholders like "[email removed]"."""
    text = _EMAIL.sub(EMAIL, text)
    text = _TEN_DIGITS.sub(_nhs_number_or_unchanged, text)
    text = _NATIONAL_INSURANCE.sub(NATIONAL_INSURANCE, text)
    text = _POSTCODE.sub(POSTCODE, text)
    text = _PHONE.sub(PHONE, text)
    text = _ADDRESS.sub(ADDRESS, text)
    return _LONG_NUMBER.sub(NUMBER, text)


def is_nhs_number(digits):
    """True if ten digits pass the NHS number check (modulus 11 on the first nine)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(
        int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True)
    )
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs_number_or_unchanged(match):
    digits = re.sub(r"\D", "", match.group())
    return NHS_NUMBER if is_nhs_number(digits) else match.group()
