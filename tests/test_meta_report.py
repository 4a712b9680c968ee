"""``miner meta`` end to end: results.json, figures, HTML report, PRISMA, errors."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest
import typer
from statsmodels.stats.meta_analysis import combine_effects
from typer.testing import CliRunner

from miner.cli.meta import register
from miner.meta import PREVIEW_BANNER, derive_prisma_counts, run_analysis

HOSTILE = '<script>alert("x")</script>'

# (document, author, year, tissue, treated mean, SD or None, SEM or None, n, control mean, SD, SEM, n)
STUDIES = [
    ("li2019.pdf", "Li", 2019, "bone_marrow", 10.2, 1.5, None, 8, 7.1, 1.4, None, 8),
    ("wang2020.pdf", "Wang", 2020, "umbilical_cord", 12.0, None, 0.6, 6, 9.5, None, 0.7, 6),
    ("zhou2021.pdf", "Zhou", 2021, "bone_marrow", 9.8, 2.1, None, 10, 8.9, 1.9, None, 10),
    ("chen2022.pdf", HOSTILE, 2022, "adipose", 11.4, None, 0.45, 7, 8.0, None, 0.5, 7),
    ("xu2023.pdf", "Xu", 2023, "umbilical_cord", 13.1, 1.2, None, 12, 10.0, 1.6, None, 12),
]


def field(value, status="verified"):
    return {
        "value": value,
        "status": status,
        "confidence": 0.9,
        "evidence": [{"page": 3, "quote": "..."}],
    }


def make_sheet(status="verified"):
    studies, outcomes = [], []
    for doc, author, year, tissue, tm, tsd, tsem, tn, cm, csd, csem, cn in STUDIES:
        studies.append(
            {
                "document": doc,
                "fields": {
                    "first_author": field(author, status),
                    "year": field(year, status),
                    "source_tissue": field(tissue, status),
                    "route": field("intravenous", status),
                    "dose": field(
                        {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"}, status
                    ),
                },
            }
        )
        for group, arm, mean, sd, sem, n in (
            ("Exo", "treatment", tm, tsd, tsem, tn),
            ("SCI + PBS", "control", cm, csd, csem, cn),
        ):
            for day, shift in ((7, -5.0), (28, 0.0)):
                outcomes.append(
                    {
                        "document": doc,
                        "outcome": "BBB",
                        "group": group,
                        "arm": arm,
                        "day": day,
                        "mean": mean + shift,
                        "sd": sd,
                        "sem": sem,
                        "n": n,
                        "source": "table",
                        "page": 6,
                        "status": status,
                    }
                )
        outcomes.append(
            {
                "document": doc,
                "outcome": "BBB",
                "group": "Sham",
                "arm": "sham",
                "day": 28,
                "mean": 21.0,
                "sd": 0.1,
                "sem": None,
                "n": 4,
                "source": "table",
                "page": 6,
                "status": status,
            }
        )
    return {"studies": studies, "outcomes": outcomes}


def hand_effects():
    y, v = [], []
    for *_, tm, tsd, tsem, tn, cm, csd, csem, cn in STUDIES:
        tsd = tsd if tsd is not None else tsem * math.sqrt(tn)
        csd = csd if csd is not None else csem * math.sqrt(cn)
        y.append(tm - cm)
        v.append(tsd**2 / tn + csd**2 / cn)
    return np.array(y), np.array(v)


@pytest.fixture
def cli():
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """test root"""

    register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["meta", *map(str, args)])


@pytest.fixture
def sheet_file(tmp_path):
    def write(data):
        path = tmp_path / "sheet.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return write


@pytest.mark.parametrize("model", ["fixed", "random"])
def test_printed_pooled_result_reproduces_an_independent_computation(
    cli, sheet_file, tmp_path, model
):
    result = cli(
        "--sheet",
        sheet_file(make_sheet()),
        "--timepoint",
        "last",
        "--model",
        model,
        "--out",
        tmp_path / "out",
    )
    assert result.exit_code == 0, result.output
    y, v = hand_effects()
    w = 1 / v
    if model == "random":
        ref = combine_effects(y, v, method_re="dl")
        assert ref.tau2 > 0
        w = 1 / (v + ref.tau2)
    est = np.sum(w * y) / np.sum(w)
    se = math.sqrt(1 / np.sum(w))
    expected = f"k=5 MD={est:.2f} [{est - 1.959964 * se:.2f}, {est + 1.959964 * se:.2f}]"
    assert expected in result.stdout
    data = json.loads((tmp_path / "out" / "results.json").read_text())
    analysis = data["analyses"][0]
    assert analysis["estimate"] == pytest.approx(est, rel=1e-9)
    assert [s["effect"] for s in analysis["studies"]] == pytest.approx(y.tolist())
    assert [s["se"] for s in analysis["studies"]] == pytest.approx(np.sqrt(v).tolist())
    assert sum(s["weight"] for s in analysis["studies"]) == pytest.approx(100)


def test_results_json_has_the_documented_keys_and_all_outputs_exist(cli, sheet_file, tmp_path):
    out = tmp_path / "out"
    result = cli(
        "--sheet",
        sheet_file(make_sheet()),
        "--timepoint",
        "first",
        "--timepoint",
        "last",
        "--by",
        "source_tissue",
        "--measure",
        "SMD",
        "--out",
        out,
    )
    assert result.exit_code == 0, result.output
    data = json.loads((out / "results.json").read_text())
    names = [a["name"] for a in data["analyses"]]
    assert names == ["BBB-first-SMD-random", "BBB-last-SMD-random"]
    for analysis in data["analyses"]:
        for key in (
            "measure",
            "model",
            "k",
            "estimate",
            "ci_low",
            "ci_high",
            "q",
            "i2",
            "tau2",
            "egger_p",
            "studies",
        ):
            assert key in analysis
        assert set(analysis["studies"][0]) >= {"document", "effect", "se", "weight"}
        assert analysis["subgroups"]["field"] == "source_tissue"
        assert set(analysis["subgroups"]["groups"]) == {"bone_marrow", "umbilical_cord", "adipose"}
        assert len(analysis["leave_one_out"]) == 5
        for stem in ("forest", "funnel"):
            for ext in ("png", "svg"):
                assert (out / analysis["name"] / f"{stem}.{ext}").stat().st_size > 1000
        assert (out / analysis["name"] / "report.html").exists()
    assert (out / "prisma.png").exists() and (out / "prisma.svg").exists()
    assert data["analyses"][0]["studies"][0]["day"] == 7
    assert data["preview"] is False


def test_report_escapes_sheet_text_and_has_no_preview_when_all_verified(cli, sheet_file, tmp_path):
    out = tmp_path / "out"
    assert cli("--sheet", sheet_file(make_sheet()), "--out", out).exit_code == 0
    page = (out / "BBB-last-MD-random" / "report.html").read_text()
    assert HOSTILE not in page
    assert "&lt;script&gt;" in page
    assert "PREVIEW" not in page
    assert "None: every value used was verified" in page
    assert '<img src="forest.png"' in page and '<img src="funnel.png"' in page
    svg = (out / "BBB-last-MD-random" / "forest.svg").read_text()
    assert "<script>" not in svg


def test_prefilled_values_make_every_report_a_preview_and_are_listed(cli, sheet_file, tmp_path):
    sheet = make_sheet()
    sheet["outcomes"][0]["status"] = "prefilled"  # li2019 treated, day 7
    sheet["outcomes"][2]["status"] = "prefilled"  # li2019 control, day 7
    sheet["studies"][1]["fields"]["source_tissue"]["status"] = "prefilled"
    out = tmp_path / "out"
    result = cli(
        "--sheet", sheet_file(sheet), "--timepoint", "first", "--timepoint", "last", "--out", out
    )
    assert result.exit_code == 0, result.output
    first = (out / "BBB-first-MD-random" / "report.html").read_text()
    last = (out / "BBB-last-MD-random" / "report.html").read_text()
    for page in (first, last):
        assert page.count(PREVIEW_BANNER) == 2  # top and bottom of the page
        assert "wang2020.pdf</td><td>field source_tissue</td><td>prefilled" in page
    assert "BBB treatment &#x27;Exo&#x27; day 7" in first
    assert "day 7" not in last.split("Values not verified")[1]
    assert "PREVIEW" in result.stdout


def test_missing_status_counts_as_unverified():
    sheet = make_sheet()
    for row in sheet["outcomes"]:
        row.pop("status")
    assert run_analysis(sheet).preview


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--timepoint", "21"],
            "no study has both a treatment and a control BBB value at the day 21 time point",
        ),
        (["--outcome", "BMS"], "no study has both a treatment and a control BMS value"),
        (["--by", "colour"], "unknown field 'colour'"),
        (["--measure", "OR"], "measure must be one of MD, SMD"),
        (["--tau2", "SJ"], "tau² method must be one of"),
        (["--timepoint", "soon"], "time point must be first, last or a day"),
    ],
)
def test_user_mistakes_are_one_line_errors(cli, sheet_file, tmp_path, args, message):
    result = cli("--sheet", sheet_file(make_sheet()), *args, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"studies": {}, "outcomes": []}'])
def test_a_broken_sheet_file_is_a_one_line_error(cli, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content)
    result = cli("--sheet", path, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "bad.json" in result.output


def test_sheet_and_db_together_is_a_usage_error(cli, sheet_file, tmp_path):
    result = cli("--sheet", sheet_file(make_sheet()), "--db", "sqlite:///x.db", "--out", tmp_path)
    assert result.exit_code == 2


def test_prisma_counts_from_a_file_end_up_in_results(cli, sheet_file, tmp_path):
    counts = tmp_path / "counts.json"
    counts.write_text(
        json.dumps(
            {
                "identified_pubmed": 150,
                "identified_europepmc": 126,
                "duplicates_removed": 59,
                "full_texts_retrieved": 45,
                "included": 21,
            }
        )
    )
    out = tmp_path / "out"
    assert cli("--sheet", sheet_file(make_sheet()), "--prisma", counts, "--out", out).exit_code == 0
    prisma = json.loads((out / "results.json").read_text())["prisma"]
    assert prisma["screened"] == 217
    assert prisma["derived"] == ["screened"]
    assert prisma["included"] == 21


def test_prisma_counts_missing_ones_stay_missing_and_included_comes_from_the_sheet():
    sheet = make_sheet()
    counts, derived = derive_prisma_counts({"identified_pubmed": 40}, sheet)
    assert counts == {
        "identified_pubmed": 40,
        "identified_europepmc": None,
        "duplicates_removed": None,
        "screened": None,
        "full_texts_retrieved": None,
        "included": 5,
    }
    assert derived == ["included"]
    sheet["studies"][0]["fields"]["eligibility"] = field({"decision": "exclude", "criteria": {}})
    sheet["studies"][1]["fields"]["eligibility"] = field({"decision": "include", "criteria": {}})
    assert derive_prisma_counts(None, sheet)[0]["included"] == 1


def test_prisma_figure_names_missing_counts():
    from miner.meta.figures import prisma_figure

    fig = prisma_figure({"identified_pubmed": 10, "included": 2})
    texts = " ".join(t.get_text() for t in fig.axes[0].texts)
    assert "PubMed (n = 10)" in texts
    assert (
        "Counts not available: identified_europepmc, duplicates_removed, screened, full_texts_retrieved"
        in texts
    )
    assert re.search(r"Studies included in review\n\(n = 2\)", texts)


def test_forest_plot_shows_each_study_and_the_heterogeneity_line():
    from miner.meta.figures import forest_figure
    from miner.meta.pooling import pool

    y, v = hand_effects()
    pooled = pool(y, v, model="random")
    fig = forest_figure(
        ["Li 2019", "Wang 2020", "Zhou 2021", "$x$ 2022", "Xu 2023"],
        y,
        np.sqrt(v),
        pooled,
        measure="MD",
    )
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "$x$ 2022" in texts  # drawn literally, not as math
    assert f"{pooled.estimate:.2f} [{pooled.ci_low:.2f}, {pooled.ci_high:.2f}]" in texts
    assert any(t.startswith(f"Heterogeneity: I² = {pooled.i2:.0f}%") for t in texts)


def test_reads_the_sheet_and_prisma_counts_from_the_store(cli, tmp_path, monkeypatch):
    import miner.fetch
    import miner.sheet
    import miner.store

    calls = []

    class FakeStore:
        def __init__(self, url):
            calls.append(("store", url))

    def fake_counts(store, query_name=None):
        calls.append(("counts", query_name))
        return {
            "identified_pubmed": 30,
            "identified_europepmc": 20,
            "duplicates_removed": 10,
            "screened": 40,
            "full_texts_retrieved": 12,
            "included": 5,
        }

    monkeypatch.setattr(miner.store, "Store", FakeStore, raising=False)
    monkeypatch.setattr(miner.sheet, "build_export", lambda store: make_sheet(), raising=False)
    monkeypatch.setattr(miner.fetch, "prisma_counts", fake_counts, raising=False)
    out = tmp_path / "out"
    result = cli("--db", "sqlite:///reviews.db", "--query", "msc-sci", "--out", out)
    assert result.exit_code == 0, result.output
    assert ("store", "sqlite:///reviews.db") in calls and ("counts", "msc-sci") in calls
    prisma = json.loads((out / "results.json").read_text())["prisma"]
    assert prisma["screened"] == 40 and prisma["derived"] == []


def test_without_a_store_build_the_db_path_says_to_use_a_sheet_file(cli, tmp_path, monkeypatch):
    import miner.sheet

    monkeypatch.delattr(miner.sheet, "build_export", raising=False)
    result = cli("--db", "sqlite:///reviews.db", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "--sheet FILE.json" in result.output


@pytest.mark.parametrize(
    ("name", "value", "text"),
    [
        (
            "dose",
            {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
            "200 ug (200 µl; protein)",
        ),
        (
            "dose",
            {"amount": 1e9, "unit": "particles", "volume_ul": None, "basis": None},
            "1e+09 particles",
        ),
        ("frequency", {"doses": 7, "interval_h": 24}, "7 dose(s) every 24 h"),
        ("frequency", {"doses": 1, "interval_h": None}, "1 dose(s)"),
        ("body_weight_g", {"low": 200, "high": 250}, "200-250"),
        ("body_weight_g", {"low": 220, "high": 220}, "220"),
        (
            "isolation_method",
            ["ultracentrifugation", "ultrafiltration"],
            "ultracentrifugation, ultrafiltration",
        ),
        ("timing_post_injury_h", 0.5, "0.5"),
        ("route", None, ""),
    ],
)
def test_study_characteristics_are_shown_as_short_text(name, value, text):
    from miner.meta.analysis import format_field

    assert format_field(name, value) == text


def test_a_huge_number_of_studies_skips_the_forest_plot_but_still_reports(tmp_path):
    from miner.meta import write_outputs
    from miner.meta.report import MAX_FOREST_STUDIES

    rng = np.random.default_rng(1)
    outcomes = []
    for i in range(MAX_FOREST_STUDIES + 1):
        doc = f"s{i}.pdf"
        for group, arm, mean in (("Exo", "treatment", 10 + rng.normal()), ("PBS", "control", 8.0)):
            outcomes.append(
                {
                    "document": doc,
                    "outcome": "BBB",
                    "group": group,
                    "arm": arm,
                    "day": 28,
                    "mean": mean,
                    "sd": 1.5,
                    "sem": None,
                    "n": 8,
                    "source": "table",
                    "page": 1,
                    "status": "verified",
                }
            )
    sheet = {"studies": [], "outcomes": outcomes}
    analysis = run_analysis(sheet, model="random", tau2_method="REML")
    assert analysis.pooled.k == MAX_FOREST_STUDIES + 1
    write_outputs([analysis], sheet, tmp_path)
    folder = tmp_path / analysis.name
    assert not (folder / "forest.png").exists()
    assert (folder / "funnel.png").exists()
    assert "Not drawn: more than 300 studies" in (folder / "report.html").read_text()


def test_help_lists_the_options(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for option in (
        "--timepoint",
        "--measure",
        "--model",
        "--tau2",
        "--by",
        "--sheet",
        "--db",
        "--out",
    ):
        assert option in result.output


def test_absurd_values_never_break_results_json(tmp_path):
    from miner.meta import write_outputs

    sheet = make_sheet()
    sheet["outcomes"][2]["mean"] = 1e307  # li2019 treated at day 28
    sheet["outcomes"][2]["sd"] = 1e300
    analysis = run_analysis(sheet, timepoint="last")
    write_outputs([analysis], sheet, tmp_path)
    json.loads((tmp_path / "results.json").read_text())


@pytest.mark.parametrize(
    ("effects", "chosen"),
    [((3.1, 2.5, 0.9, 3.4, 3.1), "random"), ((3.0, 3.1, 2.9, 3.0, 3.05), "fixed")],
    ids=["heterogeneous", "homogeneous"],
)
def test_auto_model_picks_random_effects_only_for_heterogeneous_studies(effects, chosen):
    sheet = {"studies": [], "outcomes": []}
    for i, effect in enumerate(effects):
        for group, arm, mean in (("Exo", "treatment", 8 + effect), ("PBS", "control", 8.0)):
            sheet["outcomes"].append(
                {
                    "document": f"s{i}.pdf",
                    "outcome": "BBB",
                    "group": group,
                    "arm": arm,
                    "day": 28,
                    "mean": mean,
                    "sd": 0.8,
                    "sem": None,
                    "n": 10,
                    "source": "table",
                    "page": 2,
                    "status": "verified",
                }
            )
    analysis = run_analysis(sheet, model="auto")
    assert analysis.model == chosen
    assert analysis.pooled is (analysis.random if chosen == "random" else analysis.fixed)
    assert analysis.name == "BBB-last-MD-auto"
