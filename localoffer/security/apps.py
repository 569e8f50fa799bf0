from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "localoffer.security"
    label = "security"
    verbose_name = "Security"

    def ready(self):
        from . import exports, login_throttle  # noqa: F401  (connects the login signal receivers)

        exports.neutralise_csv_downloads()
