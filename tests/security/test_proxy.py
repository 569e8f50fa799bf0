import pytest

from localoffer.security.proxy import client_address


@pytest.mark.parametrize(
    ("forwarded_for", "trusted", "expected"),
    [
        ("", 1, "10.0.0.5"),  # no header: the direct peer
        ("203.0.113.9", 0, "10.0.0.5"),  # no trusted proxies: the header is ignored
        ("203.0.113.9", 1, "203.0.113.9"),
        ("198.51.100.1, 203.0.113.9", 1, "203.0.113.9"),  # the left entry was client-written
        ("198.51.100.1, 203.0.113.9, 192.0.2.7", 2, "203.0.113.9"),
        ("203.0.113.9", 2, "10.0.0.5"),  # fewer hops than proxies: don't guess
    ],
)
def test_the_client_is_found_behind_trusted_proxies_only(forwarded_for, trusted, expected):
    assert client_address(forwarded_for, "10.0.0.5", trusted) == expected
