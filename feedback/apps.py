from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = "Family feedback"

    def ready(self):
        from feedback.tallying import signals as tallies
        from feedback.you_said_we_did import signals

        signals.connect()
        tallies.connect()
