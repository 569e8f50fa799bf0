import pytest

from localoffer.taxonomy import MAX_AGE, MIN_AGE, Phase
from pathways.taxonomy import AgeBand, age_bands_for_age, phases_for_age


@pytest.mark.parametrize(
    ("age", "bands"),
    [
        (12, []),
        (13, [AgeBand.YEAR_9]),
        (14, [AgeBand.YEAR_9, AgeBand.AGE_14_TO_16]),
        (17, [AgeBand.AGE_16_TO_18]),
        (25, [AgeBand.AGE_18_TO_25]),
    ],
)
def test_age_bands_for_age(age, bands):
    assert age_bands_for_age(age) == bands


@pytest.mark.parametrize(
    ("age", "phases"),
    [
        (0, [Phase.EARLY_YEARS]),
        (4, [Phase.EARLY_YEARS, Phase.PRIMARY]),
        (9, [Phase.PRIMARY]),
        (16, [Phase.SECONDARY, Phase.POST_16]),
        (25, [Phase.POST_16]),
    ],
)
def test_phases_for_age(age, phases):
    assert phases_for_age(age) == phases


def test_every_age_from_birth_to_25_is_in_a_phase():
    assert all(phases_for_age(age) for age in range(MIN_AGE, MAX_AGE + 1))
