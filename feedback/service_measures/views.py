"""The upload form: a lead sends a CSV file of one measure's figures. A file with any mistake
stores nothing and comes back with a 400 and a message for each wrong cell."""

from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from feedback.service_measures.forms import FiguresUploadForm
from feedback.service_measures.models import ServiceMeasure
from feedback.service_measures.upload import read_figures, save_figures


class FiguresUploadView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    permission_policy = ModelPermissionPolicy(ServiceMeasure)
    permission_required = "change"
    form_class = FiguresUploadForm
    template_name = "feedback/service_measures/upload.html"
    page_title = gettext_lazy("Upload figures")
    header_icon = "upload"
    index_url_name = None
    edit_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.measure = get_object_or_404(ServiceMeasure, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return self.measure.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self._url(self.index_url_name), "label": _("Service measures")},
            {"url": self._url(self.edit_url_name, self.measure.pk), "label": self.measure.name},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        upload = read_figures(self.measure, form.cleaned_data["file"].read())
        if not upload.ok:
            return self.render_to_response(
                self.get_context_data(form=form, upload_errors=upload.errors), status=400
            )
        save_figures(self.measure, upload.figures)
        messages.success(
            self.request,
            _("%(count)d figures stored for “%(measure)s”.")
            % {"count": len(upload.figures), "measure": self.measure.name},
        )
        return redirect(self._url(self.edit_url_name, self.measure.pk))

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            measure=self.measure,
            figures=self.measure.figures.order_by("-period_start")[:6],
            **kwargs,
        )

    @staticmethod
    def _url(name, *args):
        from django.urls import reverse

        return reverse(name, args=args)
