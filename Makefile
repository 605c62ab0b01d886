# casekit: build, install with completions and man page, demo, benchmark.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
DOCDIR = $(SHAREDIR)/doc/casekit
DOCS = Docs/guide.md Docs/commands.md Docs/json.md Docs/security.md
BIN = .build/release/casekit
DEMO_DB = .build/demo.sqlite3

.PHONY: build release test fuzz install uninstall completions man demo bench clean

build:
	swift build

release:
	swift build -c release

test:
	swift test

# A long fuzz run (5000 steps, a random seed; the run in `swift test` has a fixed seed and stops
# after 45 s). It prints its seed: CASEKIT_FUZZ_SEED=N CASEKIT_FUZZ_STEPS=M make fuzz replays it.
fuzz:
	CASEKIT_FUZZ_SEED=$${CASEKIT_FUZZ_SEED:-$$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')} \
	CASEKIT_FUZZ_STEPS=$${CASEKIT_FUZZ_STEPS:-5000} swift test --filter EndToEndTests.FuzzTests

# The documents go to $(DOCDIR) with their layout, so that the names --help and the man page
# give (Docs/json.md) and the links between them hold.
install: release
	install -d $(BINDIR) $(SHAREDIR)/bash-completion/completions $(SHAREDIR)/zsh/site-functions \
		$(SHAREDIR)/fish/vendor_completions.d $(SHAREDIR)/man/man1 $(DOCDIR)/Docs
	install -m 755 $(BIN) $(BINDIR)/casekit
	install -m 644 completions/casekit.bash $(SHAREDIR)/bash-completion/completions/casekit
	install -m 644 completions/_casekit $(SHAREDIR)/zsh/site-functions/_casekit
	install -m 644 completions/casekit.fish $(SHAREDIR)/fish/vendor_completions.d/casekit.fish
	install -m 644 Docs/casekit.1 $(SHAREDIR)/man/man1/casekit.1
	install -m 644 README.md $(DOCDIR)/README.md
	install -m 644 $(DOCS) $(DOCDIR)/Docs

uninstall:
	rm -f $(BINDIR)/casekit $(SHAREDIR)/bash-completion/completions/casekit \
		$(SHAREDIR)/zsh/site-functions/_casekit $(SHAREDIR)/fish/vendor_completions.d/casekit.fish \
		$(SHAREDIR)/man/man1/casekit.1
	rm -rf $(DOCDIR)

# Regenerate the committed completion scripts after changing a command.
completions: build
	.build/debug/casekit completions bash > completions/casekit.bash
	.build/debug/casekit completions zsh > completions/_casekit
	.build/debug/casekit completions fish > completions/casekit.fish

# Regenerate the committed man page with ArgumentParser's GenerateManual plugin.
man:
	swift package generate-manual
	cp .build/plugins/GenerateManual/outputs/casekit/casekit.1 Docs/casekit.1

# A throwaway database with a few cases, then the list of active cases.
demo: build
	rm -f $(DEMO_DB)*
	.build/debug/casekit open "Double charge on invoice" --customer "Acme Corp" --ref ZD-4411 \
		--next "Call billing to confirm the overcharge" --due tomorrow --context @phone --priority high --db $(DEMO_DB)
	.build/debug/casekit open "DNS outage on the customer portal" --customer Globex --tag dns \
		--next "Send the hosts-file workaround" --due today --context @email --mood anxious --db $(DEMO_DB)
	.build/debug/casekit open "Export to CSV drops accents" --customer Initech --db $(DEMO_DB)
	.build/debug/casekit list --db $(DEMO_DB)

bench: release
	python3 Benchmarks/bench.py

clean:
	rm -rf .build
