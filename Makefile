# vanban: two commands do all set-up on a fresh machine:
#   make demo   -- runs the main job on the shipped corpus
#   make test   -- runs the tests
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
APT_PACKAGES := libreoffice-writer-nogui libreoffice-calc-nogui tesseract-ocr tesseract-ocr-vie fonts-liberation poppler-utils postgresql

.PHONY: demo test bench system-deps venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $(STAMP)

# Debian packages the readers, the PDF export and the PostgreSQL tests use. Installed when missing
# and when we are root; otherwise the tests that need them skip with a reason.
system-deps:
	@missing=""; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	[ -e /usr/lib/libreoffice/program/libscdlo.so ] || missing="$$missing libreoffice-calc-nogui"; \
	command -v tesseract >/dev/null || missing="$$missing tesseract-ocr tesseract-ocr-vie"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	[ -d /usr/share/fonts/truetype/liberation ] || missing="$$missing fonts-liberation"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	  else echo "Missing system packages:$$missing (tests that need them will skip)"; fi; \
	fi

# The office's day on the shipped corpus: a workspace with the commune's profile, every document (not the gold
# JSON, profiles or notes) dropped into its inbox, processed once; then what came out.
demo: system-deps $(STAMP)
	rm -rf demo
	mkdir -p demo
	cp corpus/profile.toml demo/profile.toml
	$(VENV)/bin/vanban init demo
	find corpus -type f -not -path 'corpus/heldout*' -not -path 'corpus/real/*' \( -name '*.docx' -o -name '*.doc' -o -name '*.pdf' -o -name '*.txt' \) -exec cp -t demo/inbox/ {} +
	$(VENV)/bin/vanban ingest demo --workers 2
	$(VENV)/bin/vanban status demo --check
	@echo "== outbox/ (drafts for the office) and quarantine/ (files vanban could not read, with .loi.txt notes)"
	@find demo/outbox demo/quarantine -type f | sort

test: system-deps $(STAMP)
	$(VENV)/bin/pytest -q

bench: system-deps $(STAMP)
	@mkdir -p bench-results
	@echo "== benchmarks/bench_real.py (headline: real documents, corpus/real/dev)"; $(PY) benchmarks/bench_real.py
	@for b in benchmarks/bench_*.py; do [ $$b = benchmarks/bench_real.py ] && continue; echo "== $$b"; $(PY) $$b || exit 1; done
	@echo "== summary (every target, from bench-results/*.json)"
	@$(PY) benchmarks/summary.py

clean:
	rm -rf $(VENV) demo bench-results
