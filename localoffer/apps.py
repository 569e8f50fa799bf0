from django.apps import AppConfig


class LocalOfferConfig(AppConfig):
    """The site's own cross-cutting code (the abstract ContentPage, site-wide static files), so
    that abstract models here have an app label like any other model."""

    name = "localoffer"
    verbose_name = "Anyshire Local Offer"

    def ready(self):
        from localoffer import restrictions

        restrictions.connect_signals()
