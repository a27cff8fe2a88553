"""Session 43 (parties16): rivals in `respectively` lists of shares; sentences opened by the way
of their flows (`On the import side, ...`)."""

from datetime import date

from claim_helpers import in_body, parties

DAY = date(2024, 6, 10)


def test_respectively_rivals_take_the_leaders_side() -> None:
    # the leader (the buyer) of the first share is replaced by each item of the list
    claims = in_body("Nigeria shipped 120 million barrels of crude in the first quarter. "
                     "Spain was the top customer, taking 41.2 percent of the cargoes, while "
                     "Italy and Ghana accounted for 12.5 percent and 6.3 percent, respectively.",
                     DAY)
    assert parties(claims["41.2 percent"]) == ("NGA", "ESP", False)
    assert parties(claims["12.5 percent"]) == ("NGA", "ITA", False)
    assert parties(claims["6.3 percent"]) == ("NGA", "GHA", False)


def test_respectively_rivals_of_a_supplier_leader() -> None:
    # the leader is the supplier: the list's items take the supplier's side
    claims = in_body("Poland imported 20 million tonnes of coal last year. Colombia led the "
                     "suppliers with 7.5 million tonnes, a share of 37.5%, ahead of Kazakhstan "
                     "and Australia, which supplied 22.1% and 13.4%, respectively.", DAY)
    assert parties(claims["22.1%"]) == ("KAZ", "POL", False)
    assert parties(claims["13.4%"]) == ("AUS", "POL", False)


def test_respectively_rows_with_no_leader_each_take_their_own_item() -> None:
    # no leader before the list: each row replaces the row before it on that row's side
    claims = in_body("Zambia's copper exports reached $700 million in May. Switzerland, China "
                     "and Singapore took 38.4 percent, 27.2 percent and 11.9 percent of the "
                     "exports, respectively.", DAY)
    assert parties(claims["38.4 percent"]) == ("ZMB", "CHE", False)
    assert parties(claims["27.2 percent"]) == ("ZMB", "CHN", False)
    assert parties(claims["11.9 percent"]) == ("ZMB", "SGP", False)


def test_on_the_import_side_turns_the_exporter_into_the_buyer() -> None:
    claims = in_body("Malawi's earnings from tobacco exports rose 12 percent to $310 million "
                     "in March. On the import side, fertilizer took 14.6 percent of the bill, "
                     "up from 11.2 percent in February.", DAY)
    assert parties(claims["14.6 percent"]) == (None, "MWI", False)
    assert parties(claims["11.2 percent"]) == (None, "MWI", False)


def test_on_the_export_side_turns_the_buyer_into_the_seller() -> None:
    claims = in_body("Bhutan imported goods worth 25 billion ngultrum in 2023. On the export "
                     "side, ferroalloys earned almost four billion ngultrum.", DAY)
    assert parties(claims["four billion ngultrum"]) == ("BTN", None, False)



def test_sellers_listed_with_the_before_them_act_together() -> None:
    # `the` before each item of a listed subject still lists it: no one seller alone
    claims = in_body("Kenya imported 2.4 million tons of fertilizer in 2023. The UAE, the US "
                     "and the UK together shipped 1.15 million tons.", DAY)
    assert parties(claims["1.15 million tons"]) == (None, "KEN", False)


def test_changes_after_respectively_are_read_item_by_item() -> None:
    # a run of changes after `respectively` goes with the run of levels it closes
    claims = in_body("Peru exported 90,000 tonnes of grapes in May. Mexico and Canada followed "
                     "with 12,400 tonnes and 9,800 tonnes, respectively, gains of 31% and 17%.",
                     DAY)
    assert parties(claims["31%"]) == parties(claims["12,400 tonnes"])
    assert parties(claims["17%"]) == parties(claims["9,800 tonnes"])
    assert "MEX" in parties(claims["31%"]) and "CAN" in parties(claims["17%"])
