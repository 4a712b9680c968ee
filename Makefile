# Everything a fresh machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MINER := $(VENV)/bin/miner
STAMP := $(VENV)/.installed-stamp
OUT := out

.PHONY: install run test test-fast models samples eval accuracy bench audit check system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[all]"
	touch $(STAMP)

install: $(STAMP)

## Batch extraction over corpus_samples/ into the embedded SQLite store, then the sheet.
run: install
	mkdir -p $(OUT)
	$(MINER) extract corpus_samples/*.pdf --db sqlite:///$(OUT)/miner.db
	$(MINER) sheet export --db sqlite:///$(OUT)/miner.db --format xlsx --out $(OUT)/extraction-sheet.xlsx
	$(MINER) sheet export --db sqlite:///$(OUT)/miner.db --format json --out $(OUT)/extraction-sheet.json

## Installs, then runs the whole suite (browser and PostgreSQL tests run when those are on the machine).
test: install system-deps
	$(PY) -m pytest -q -p no:cacheprovider

test-fast: install
	$(PY) -m pytest -q -x -m "not slow and not browser and not postgres"

## Debian's Chromium for the review page's browser test (best effort: skipped tests say why).
system-deps:
	@if [ "$$(id -u)" = "0" ] && ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
		|| echo "chromium could not be installed: browser tests will be skipped"; \
	fi

## Train the NER pipeline shipped in models/ from pipelines/ data; prints P/R/F1 on held-out data.
models: install
	$(PY) pipelines/build.py

## Re-render corpus_samples/ (PDFs, bad files, gold) and the generated figure plots.
samples: install
	$(PY) corpus_samples/generate.py
	$(PY) corpus_samples/figures/generate.py
	$(PY) corpus_samples/external/generate.py
	$(PY) corpus_samples/fresh/generate.py
	$(PY) corpus_samples/varied/generate.py
	$(PY) corpus_samples/broad/generate.py
	$(PY) corpus_samples/blind/generate.py
	$(PY) corpus_samples/sealed/generate.py
	$(PY) corpus_samples/wide/generate.py
	$(PY) corpus_samples/atlas/generate.py
	$(PY) corpus_samples/prose/generate.py
	$(PY) corpus_samples/field/generate.py
	$(PY) corpus_samples/labs/generate.py
	$(PY) corpus_samples/grid/generate.py
	$(PY) corpus_samples/narrative/generate.py
	$(PY) corpus_samples/protocol/generate.py
	$(PY) corpus_samples/world/generate.py
	$(PY) corpus_samples/vault/generate.py
	$(PY) corpus_samples/ledger/generate.py
	$(PY) corpus_samples/digest/generate.py
	$(PY) corpus_samples/chorus/generate.py
	$(PY) corpus_samples/mosaic/generate.py
	$(PY) corpus_samples/annals/generate.py
	$(PY) corpus_samples/relay/generate.py
	$(PY) corpus_samples/quarry/generate.py
	$(PY) corpus_samples/tandem/generate.py
	$(PY) corpus_samples/ember/generate.py
	$(PY) corpus_samples/fjord/generate.py
	$(PY) corpus_samples/canyon/generate.py
	$(PY) corpus_samples/glacier/generate.py
	$(PY) corpus_samples/meadow/generate.py
	$(PY) corpus_samples/harbor/generate.py
	$(PY) corpus_samples/summit/generate.py
	$(PY) corpus_samples/tide/generate.py
	$(PY) corpus_samples/brook/generate.py
	$(PY) corpus_samples/crest/generate.py
	$(PY) corpus_samples/orbit/generate.py
	$(PY) corpus_samples/pebble/generate.py
	$(PY) corpus_samples/quill/generate.py
	$(PY) corpus_samples/ridge/generate.py
	$(PY) corpus_samples/delta/generate.py
	$(PY) corpus_samples/spruce/generate.py
	$(PY) corpus_samples/lumen/generate.py
	$(PY) corpus_samples/cobalt/generate.py
	$(PY) corpus_samples/willow/generate.py
	$(PY) corpus_samples/basalt/generate.py
	$(PY) corpus_samples/flint/generate.py
	$(PY) corpus_samples/amber/generate.py
	$(PY) corpus_samples/granite/generate.py
	$(PY) corpus_samples/marble/generate.py
	$(PY) corpus_samples/slate/generate.py
	$(PY) corpus_samples/quartz/generate.py
	$(PY) corpus_samples/onyx/generate.py
	$(PY) corpus_samples/jade/generate.py
	$(PY) corpus_samples/zenith/generate.py
	$(PY) corpus_samples/layouts/generate.py

## Accuracy on held-out gold (every gold set with a held-out part) and the appraisal gold.
eval: install
	$(MINER) eval --gold corpus_samples/gold --split heldout
	$(MINER) eval --gold corpus_samples/external/gold --documents corpus_samples/external --split heldout
	$(MINER) eval --gold corpus_samples/fresh/gold --documents corpus_samples/fresh --split heldout
	$(MINER) eval --gold corpus_samples/blind/gold --documents corpus_samples/blind --split heldout
	$(MINER) eval --gold corpus_samples/sealed/gold --documents corpus_samples/sealed --split heldout
	$(MINER) eval --gold corpus_samples/vault/gold --documents corpus_samples/vault --split heldout
	$(MINER) eval --gold corpus_samples/harbor/gold --documents corpus_samples/harbor --split heldout
	$(MINER) eval --gold corpus_samples/summit/gold --documents corpus_samples/summit --split heldout
	$(MINER) eval --gold corpus_samples/zenith/gold --documents corpus_samples/zenith --split heldout
	$(MINER) appraise eval --gold corpus_samples/appraisal --split heldout

## The README's accuracy tables (every gold set, held-out and tune, with the ablation).
accuracy: install
	$(PY) bench/accuracy_table.py --ablation

## Benchmarks (not tests): throughput and memory figures.
bench: install
	$(PY) bench/run.py

## Audit every compiled regular expression in miner/ for catastrophic backtracking
## on hostile text (minutes of CPU; the findings are PENDING in tests/test_regex_budget.py).
audit: install
	MINER_REGEX_AUDIT=1 $(PY) -m pytest -q -p no:cacheprovider tests/test_regex_budget.py

check: install
	$(PY) -m ruff check miner tests || true
	$(PY) -m mypy miner || true

clean:
	rm -rf $(OUT) miner.db .pytest_cache
