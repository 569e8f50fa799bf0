import django_filters
from django.utils.translation import gettext_lazy as _
from django_filters.widgets import BooleanWidget
from wagtail.admin.filters import WagtailFilterSet

from localoffer.taxonomy import AreaOfNeed

from .models import Access, Service


class ServiceFilterSet(WagtailFilterSet):
    area_of_need = django_filters.ChoiceFilter(
        label=_("Area of need"), choices=AreaOfNeed.choices, field_name="areas_of_need__value"
    )
    access = django_filters.ChoiceFilter(label=_("How to get it"), choices=Access.choices)
    overdue = django_filters.BooleanFilter(
        label=_("Overdue for checking"), method="filter_overdue", widget=BooleanWidget()
    )

    class Meta:
        model = Service
        fields = ["organisation", "service_types", "owner", "live"]

    def filter_overdue(self, queryset, name, value):
        overdue = Service.objects.overdue_for_check()
        return queryset.filter(pk__in=overdue) if value else queryset.exclude(pk__in=overdue)
