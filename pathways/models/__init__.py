"""The pathways app's models, split by kind of guidance. Import them from here."""

from .adulthood import PfaIndexPage, PfaItem, PfaPage
from .base import AreaOfNeedChoice, GuidanceListingPage
from .finder import GuidanceFinderPage
from .pathway import PathwayIndexPage, PathwayPage
from .provision import ProvisionEntry, ProvisionIndexPage, ProvisionPage

__all__ = [
    "AreaOfNeedChoice",
    "GuidanceFinderPage",
    "GuidanceListingPage",
    "PathwayIndexPage",
    "PathwayPage",
    "PfaIndexPage",
    "PfaItem",
    "PfaPage",
    "ProvisionEntry",
    "ProvisionIndexPage",
    "ProvisionPage",
]
