"""Criteria files: the default review, the rule syntax, and one clear line for a bad file."""

from __future__ import annotations

import pytest

from miner.appraise import default_criteria, load_criteria, parse_criteria
from miner.errors import ConfigError


def test_the_default_review_is_rat_contusion_intravenous_msc_control_bbb():
    rules = {c.name: c.rule for c in default_criteria()}
    assert rules == {
        "rat": "species == rat",
        "contusion_model": "injury_model in [contusion]",
        "intravenous": "route == intravenous",
        "msc_derived": "source_tissue != other",
        "vehicle_control": "control_arm present",
        "bbb_reported": "bbb_outcome present",
    }
    assert "Meta-Analysis" in default_criteria().exclude_publication_types


@pytest.mark.parametrize(
    ("rule", "field", "op", "values"),
    [
        ("species == rat", "species", "==", ("rat",)),
        ("route != intraperitoneal", "route", "!=", ("intraperitoneal",)),
        ("injury_model in [contusion, compression]", "injury_model", "in", ("contusion", "compression")),
        ("injury_model not in [transection]", "injury_model", "not in", ("transection",)),
        ("size_nm present", "size_nm", "present", ()),
        ("modification absent", "modification", "absent", ()),
        ("bbb_outcome present", "bbb_outcome", "present", ()),
    ],
)
def test_every_operator_parses(rule, field, op, values):
    (c,) = parse_criteria(f'[[criterion]]\nname = "c"\nrule = "{rule}"\n').criteria
    assert (c.field, c.op, c.values) == (field, op, values)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[criterion]]\nname = "a"\nrule = "species = rat"\n', "line 1 ('a'): key 'rule'"),
        ('[[criterion]]\nname = "a"\nrule = "speces == rat"\n', "unknown field 'speces'"),
        ('[[criterion]]\nname = "a"\nrule = "route == tail_vein"\n', "'tail_vein' is not a value of route"),
        ('[[criterion]]\nname = "a"\nrule = "injury_model in []"\n', "takes a list"),
        ('[[criterion]]\nname = "a"\nrule = "route == intravenous"\nweight = 2\n', "unknown key 'weight'"),
        ('[[criterion]]\nname = "a"\n', "key 'rule' is missing"),
        ('[[criterion]]\nname = "a"\nrule = "control_arm == yes"\n', "control_arm takes 'present' or 'absent'"),
        ('[[criterion]]\nname = "a"\nrule = "size_nm present 3"\n', "takes no value"),
        ('[review]\nname = "x"\n', "no [[criterion]] tables"),
        ('[[criterion]]\nname = "a"\nrule = "species == rat"\n[[criterion]]\nname = "a"\nrule = "species == rat"\n',
         "'a' is used twice"),
        ('[[criterion]\nname = "a"\n', "not valid TOML"),
    ],
)
def test_a_malformed_file_is_one_line_naming_the_place(text, message):
    with pytest.raises(ConfigError) as info:
        parse_criteria(text, source="review.toml")
    assert message in str(info.value)
    assert str(info.value).startswith("review.toml")
    assert "\n" not in str(info.value)


def test_the_line_points_at_the_faulty_criterion():
    text = '[[criterion]]\nname = "ok"\nrule = "species == rat"\n\n[[criterion]]\nname = "bad"\nrule = "route ~ iv"\n'
    with pytest.raises(ConfigError, match=r"review.toml line 5 \('bad'\)"):
        parse_criteria(text, source="review.toml")


def test_load_criteria_reads_a_file_and_rejects_non_utf8(tmp_path):
    good = tmp_path / "review.toml"
    good.write_text('[review]\nname = "mice too"\n[[criterion]]\nname = "rodent"\nrule = "species in [rat, mouse]"\n')
    assert load_criteria(good).name == "mice too"
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe[[criterion]]")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_criteria(bad)
