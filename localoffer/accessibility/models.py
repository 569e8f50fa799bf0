from django.db import models
from django.db.models import Exists, Max, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _


class AccessibilityCheckQuerySet(models.QuerySet):
    def most_recent(self):
        """The latest check of each address at each width: the site as it is now."""
        newer = AccessibilityCheck.objects.filter(
            Q(checked_at__gt=OuterRef("checked_at"))
            | Q(checked_at=OuterRef("checked_at"), pk__gt=OuterRef("pk")),
            url=OuterRef("url"),
            width=OuterRef("width"),
        )
        return self.exclude(Exists(newer))

    def latest_result_for(self, page_id):
        """Subqueries for a list of pages, `page_id` naming each page (an OuterRef): the problems
        its latest check found at every width together, and when it was last checked; both None
        for a page never checked."""
        latest = self.filter(page_id=page_id).most_recent().order_by().values("page_id")
        return {
            "problems": Subquery(latest.annotate(total=Sum("violation_count")).values("total")),
            "checked_at": Subquery(latest.annotate(last=Max("checked_at")).values("last")),
        }

    def with_violations(self):
        return self.filter(violation_count__gt=0)

    def record(self, target, result):
        """Keep what the browser found on `target` (a targets.Target) at one width."""
        return self.create(
            page_id=target.page_id,
            url=result.url,
            language_code=target.language_code,
            width=result.width,
            violations=[violation.as_dict() for violation in result.violations],
            violation_count=len(result.violations),
            axe_version=result.axe_version,
        )


class AccessibilityCheck(models.Model):
    """One page opened in a real browser at one width and checked with axe-core against WCAG 2.2
    AA. Kept as a register: each run adds rows, so leads can see when a problem appeared."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="accessibility_checks",
        help_text=_("Empty for pages outside the page tree, such as search results."),
    )
    url = models.URLField(_("address"), max_length=500)
    language_code = models.CharField(_("language"), max_length=20)
    width = models.PositiveSmallIntegerField(help_text=_("Browser window width, in pixels."))
    checked_at = models.DateTimeField(_("checked"), default=timezone.now)
    violations = models.JSONField(default=list, blank=True)
    violation_count = models.PositiveIntegerField(
        _("problems"), default=0, help_text=_("Elements breaking a rule, counted once per rule.")
    )
    axe_version = models.CharField(_("axe-core version"), max_length=20)

    objects = AccessibilityCheckQuerySet.as_manager()

    class Meta:
        ordering = ["-checked_at", "-pk"]
        indexes = [models.Index(fields=["url", "width", "checked_at"])]
        verbose_name = _("accessibility check")

    def __str__(self):
        return f"{self.url} at {self.width}px, {self.checked_at:%Y-%m-%d %H:%M}"

    @property
    def language_name(self):
        return get_language_info(self.language_code)["name_local"]

    @property
    def rules_broken(self):
        """The axe-core rules this page breaks, such as "color-contrast, image-alt"."""
        return ", ".join(sorted({violation["rule"] for violation in self.violations}))
