from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("page/<int:page_id>/", views.page_feedback, name="page_feedback"),
]
