"""The directory: the services families can use, who runs them and where.

Services, organisations and locations are snippets with drafts, moderation and history, like
pages: families and the Open Referral UK API see only what is published. Each record carries a
UUID, the identifier Open Referral UK requires, kept when records move between systems (imports
match on it). Services have an owner and a review cycle, like content pages.
"""

import uuid

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from localoffer import calendar
from localoffer.content_review import bands
from localoffer.content_review.models import ReviewCycle
from localoffer.taxonomy import MAX_AGE, MIN_AGE

from . import geography

AGE_VALIDATORS = [MinValueValidator(MIN_AGE), MaxValueValidator(MAX_AGE)]


class Access(models.TextChoices):
    """How a family gets the service."""

    SELF_REFERRAL = "self-referral", _("You can contact them yourself")
    REFERRAL = "referral", _("A professional needs to refer you")
    EHC_PLAN = "ehc-plan", _("Needs an EHC plan")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    PAID = "paid", _("There is a charge")


class DirectoryRecord(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """What services, organisations and locations share: an Open Referral UK identifier, drafts,
    moderation, locking and history (Wagtail's snippet mixins)."""

    oruk_id = models.UUIDField(
        _("Open Referral UK identifier"), default=uuid.uuid4, unique=True, editable=False
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions


class Organisation(DirectoryRecord):
    """Who runs a service: the council, the NHS trust, a charity, a parent-led group."""

    name = models.CharField(max_length=200)
    description = models.TextField(max_length=2000, blank=True)
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True, help_text=_("A public address, never a person's own."))
    phone = models.CharField(max_length=30, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        # Wagtail adds these for snippets after migrations; declared here so that the roles
        # data migration can grant them.
        permissions = [
            ("publish_organisation", "Can publish organisation"),
            ("lock_organisation", "Can lock organisation"),
            ("unlock_organisation", "Can unlock organisation"),
        ]

    def __str__(self):
        return self.name


class PostcodeCentroidQuerySet(models.QuerySet):
    def locate(self, postcode):
        """The centroid of `postcode` (any spacing or case), or None if it is not known."""
        return self.filter(postcode=geography.normalise_postcode(postcode)).first()


class PostcodeCentroid(models.Model):
    """The middle of one postcode, loaded from the ONS Postcode Directory (`load_postcodes`)."""

    postcode = models.CharField(max_length=8, primary_key=True)
    latitude = models.FloatField()
    longitude = models.FloatField()

    objects = PostcodeCentroidQuerySet.as_manager()

    class Meta:
        verbose_name = _("postcode centroid")

    def __str__(self):
        return self.postcode


class Location(DirectoryRecord):
    """Where a service happens: a venue with an address and the venue's accessibility."""

    name = models.CharField(max_length=200)
    address = models.CharField(max_length=200, help_text=_("Building and street."))
    town = models.CharField(max_length=100)
    postcode = models.CharField(max_length=8)
    latitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Leave empty to use the middle of the postcode."),
    )
    longitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    accessibility = models.TextField(
        _("venue accessibility"),
        max_length=1000,
        blank=True,
        help_text=_("Step-free access, accessible toilets, parking, quiet rooms, hearing loops."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("town"), FieldPanel("postcode")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("accessibility"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("town"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        # "Within 5 miles" first narrows venues to a box of latitudes and longitudes.
        indexes = [models.Index(fields=["latitude", "longitude"])]
        permissions = [
            ("publish_location", "Can publish location"),
            ("lock_location", "Can lock location"),
            ("unlock_location", "Can unlock location"),
        ]

    def __str__(self):
        return f"{self.name}, {self.town}"

    def clean(self):
        super().clean()
        self.postcode = geography.normalise_postcode(self.postcode)
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))

    def save(self, *args, **kwargs):
        # A venue is placed at its postcode's centroid unless an editor placed it exactly.
        if self.latitude is None and self.postcode:
            centroid = PostcodeCentroid.objects.locate(self.postcode)
            if centroid:
                self.latitude, self.longitude = centroid.latitude, centroid.longitude
        super().save(*args, **kwargs)


class ServiceType(models.Model):
    """A kind of service (short breaks, a support group, therapy...), kept by editors."""

    oruk_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True, help_text=_("Used in links: never change it."))
    description = models.CharField(max_length=300, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("service type")

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language a service is offered in, without an interpreter."""

    code = models.CharField(max_length=10, unique=True, help_text=_("ISO 639 code, e.g. pl."))
    name = models.CharField(max_length=60)

    panels = [FieldPanel("code"), FieldPanel("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")

    def __str__(self):
        return self.name


class ServiceQuerySet(models.QuerySet):
    def live(self):
        """Published services of published organisations: what families and other councils
        may see."""
        return self.filter(live=True, organisation__live=True)

    def for_listing(self):
        return self.select_related("organisation").prefetch_related(
            models.Prefetch("locations", queryset=Location.objects.filter(live=True)),
            "service_types",
            "areas_of_need",
        )

    def free(self):
        return self.filter(cost=Cost.FREE)

    def overdue_for_check(self, today=None):
        return self.filter(next_check_due__lt=today or calendar.today())

    def for_age(self, age):
        return self.filter(min_age__lte=age, max_age__gte=age)

    def in_areas_of_need(self, values):
        return self.filter(areas_of_need__value__in=values)

    def of_types(self, slugs):
        return self.filter(service_types__slug__in=slugs)

    def distances_from(self, centroid, miles):
        """{service pk: miles from `centroid` to its nearest published location} for these
        services with a location within `miles`. The database narrows the venues to a box
        around the centroid (indexed); the exact distance is worked out here."""
        box = geography.bounding_box(centroid.latitude, centroid.longitude, miles)
        venues = Service.locations.through.objects.filter(
            service__in=self,
            location__live=True,
            location__latitude__range=box.latitudes,
            location__longitude__range=box.longitudes,
        ).values_list("service_id", "location__latitude", "location__longitude")
        nearest = {}
        for service_id, latitude, longitude in venues:
            distance = geography.miles_between(
                (centroid.latitude, centroid.longitude), (latitude, longitude)
            )
            if distance <= miles and distance < nearest.get(service_id, miles + 1):
                nearest[service_id] = distance
        return nearest


class Service(DirectoryRecord):
    """One service families can use: the short breaks scheme, a speech and language drop-in."""

    name = models.CharField(max_length=200)
    description = models.TextField(max_length=4000)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="services"
    )
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True, help_text=_("A public address, never a person's own."))
    phone = models.CharField(max_length=30, blank=True)
    locations = ParentalManyToManyField(Location, blank=True, related_name="services")
    min_age = models.PositiveSmallIntegerField(
        _("youngest age"), default=MIN_AGE, validators=AGE_VALIDATORS
    )
    max_age = models.PositiveSmallIntegerField(
        _("oldest age"), default=MAX_AGE, validators=AGE_VALIDATORS
    )
    areas_of_need = ParentalManyToManyField(
        "pathways.AreaOfNeedChoice", blank=True, related_name="services"
    )
    service_types = ParentalManyToManyField(ServiceType, blank=True, related_name="services")
    cost = models.CharField(max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_details = models.CharField(
        max_length=300, blank=True, help_text=_("e.g. £5 a session; help with costs available.")
    )
    schedule = models.CharField(
        _("when it runs"),
        max_length=300,
        blank=True,
        help_text=_("e.g. Saturdays in term time, 10am to 12 noon."),
    )
    access = models.CharField(
        _("how to get it"), max_length=20, choices=Access.choices, default=Access.SELF_REFERRAL
    )
    languages = ParentalManyToManyField(Language, blank=True, related_name="services")
    owner = models.ForeignKey(
        "content_review.Owner",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="services",
        help_text=_("The professional who keeps this record true and hears when it is wrong."),
    )
    review_cycle_months = models.PositiveSmallIntegerField(
        choices=ReviewCycle.choices, default=ReviewCycle.HALF_YEARLY
    )
    last_checked_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text=_("Set each time the record is published.")
    )
    # Kept with each check (the rule is `content_review.bands`'), so "overdue" is one query.
    next_check_due = models.DateField(null=True, blank=True, editable=False, db_index=True)

    objects = ServiceQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Public contact details"),
        ),
        InlinePanel("contacts", label=_("Contacts")),
        FieldPanel("locations"),
        FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")], heading=_("Ages")),
        FieldPanel("areas_of_need", widget=forms.CheckboxSelectMultiple),
        FieldPanel("service_types"),
        FieldRowPanel([FieldPanel("cost"), FieldPanel("cost_details")]),
        FieldPanel("schedule"),
        FieldPanel("access"),
        FieldPanel("languages"),
        InlinePanel("guidance_links", label=_("Related guidance pages")),
        MultiFieldPanel(
            [FieldPanel("owner"), FieldPanel("review_cycle_months")],
            heading=_("Ownership and review"),
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("description"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("service_types", [index.SearchField("name")]),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("service")
        permissions = [
            ("publish_service", "Can publish service"),
            ("lock_service", "Can lock service"),
            ("unlock_service", "Can unlock service"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError({"max_age": _("The oldest age must not be below the youngest.")})

    def record_check(self, checked_at):
        """Publishing is checking: note when, and when the next check falls due."""
        self.last_checked_at = checked_at
        self.next_check_due = bands.next_review_due(
            calendar.date_of(checked_at), self.review_cycle_months, self.pk
        )
        Service.objects.filter(pk=self.pk).update(
            last_checked_at=self.last_checked_at, next_check_due=self.next_check_due
        )


class ServiceContact(Orderable):
    """A public contact for a service: a role or team, a named person only with their agreement."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=120, help_text=_("e.g. Short breaks team."))
    title = models.CharField(max_length=120, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("email"), FieldPanel("phone")]

    def __str__(self):
        return self.name


class ServiceGuidanceLink(Orderable):
    """A guidance page on the site that the service relates to."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="guidance_links")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]


# The family-facing page type lives in its own module; Django finds models here.
from .pages import DirectoryPage  # noqa: E402, F401
