"""Events in /zoeken/: a group "Bijeenkomsten" with what the visitor may see only."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "role, sees_closed", [("anonymous", False), ("pending", False), ("other", False), ("member", True)]
)
def test_site_search_shows_events_the_visitor_may_see(world, client_as, role, sees_closed):
    user = None if role == "anonymous" else world["users"][role]
    client = client_as(user)

    public = client.get("/zoeken/", {"q": "themamiddag"}).content.decode()
    closed = client.get("/zoeken/", {"q": "burgemeester"}).content.decode()  # in the closed programme

    assert "Bijeenkomsten" in public and "Open themamiddag" in public
    assert ("Fenomeentafel Kraaiennest" in closed) is sees_closed
