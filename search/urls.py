from django.urls import path

from search import views

urlpatterns = [
    path("", views.search, name="search"),
    path("open/", views.open_result, name="search_open"),
]
