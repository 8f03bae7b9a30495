# libpdz: the commands.
#
#   make demo       renders the monitoring report of the example plan, and again
#                   with what changed since its earlier round (--since)
#   make check      builds everything and runs the whole test suite
#   make check-all  make check, then the slow suite: LibreOffice converts
#                   the slide deck to PDF and the words are looked for there
#   make fuzz       runs every libFuzzer target for FUZZ_SECONDS seconds (60)
#   make check-tsan runs the tests of threads in a ThreadSanitizer build
#
# All three install the Debian packages they need when any is missing (as root,
# or through sudo), configure their build directory if needed, and build.

BUILDDIR  ?= _build
ASANDIR   ?= _build-asan
FUZZDIR   ?= _build-fuzz
TSANDIR   ?= _build-tsan
FUZZ_SECONDS ?= 60
MESON     ?= meson
EXAMPLE   := examples/data/corsichese-2021-2023.json
# its earlier round, derived from it (examples/data/README.md): make demo also
# renders what changed since then
EARLIER   := examples/data/corsichese-2022-12.json

# Everything the build, the tests and the demo need, from Debian 12.
DEBIAN_PACKAGES := \
	gcc make pkg-config meson ninja-build \
	libglib2.0-dev libjson-glib-dev libxlsxwriter-dev libglib-testing-0-dev libsqlite3-dev \
	gobject-introspection libgirepository1.0-dev gir1.2-glib-2.0 \
	valac gjs python3 python3-gi python3-pytest python3-jsonschema python3-pandas \
	python3-openpyxl pandoc librsvg2-bin gi-docgen valgrind chromium locales \
	gnome-desktop-testing \
	libcairo2-dev libpango1.0-dev librsvg2-dev libgsf-1-dev \
	fonts-liberation2 fonts-dejavu-core \
	poppler-utils qpdf python3-odf gir1.2-pango-1.0 python3-gi-cairo \
	clang libclang-rt-14-dev

# Only for make check-all: LibreOffice Impress, headless. Either package
# will do: the -nogui one is installed when neither is.
SLOW_PACKAGES := libreoffice-impress-nogui libreoffice-impress

.PHONY: all demo check check-all check-tsan deps deps-slow build test test-slow test-valgrind test-asan fuzz clean

all: build

deps:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing < /dev/null; \
	fi

deps-slow: deps
	@for p in $(SLOW_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' && exit 0; \
	done; \
	echo "Installing Debian packages: $(firstword $(SLOW_PACKAGES))"; \
	if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
	  $(firstword $(SLOW_PACKAGES)) < /dev/null

# Every report writer, always: a missing library is an error, not a format
# quietly left out (meson_options.txt).
WRITERS   := -Dxlsx=enabled -Dpdf=enabled -Dodf=enabled

# -Dwerror=true: a warning of the compiler, of g-ir-scanner or of gi-docgen
# fails the build (their fatal-warnings flags follow the werror option).
$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR) -Dintrospection=enabled -Dvapi=true -Ddocs=enabled -Dwerror=true $(WRITERS)

build: deps $(BUILDDIR)/build.ninja
	$(MESON) compile -C $(BUILDDIR)

DEMO_FORMATS := html md xlsx pdf odp

demo: build
	@mkdir -p $(BUILDDIR)/demo
	@for f in $(DEMO_FORMATS); do \
	  $(BUILDDIR)/tools/pdz report $(EXAMPLE) -f $$f -o $(BUILDDIR)/demo/report.$$f || exit 1; \
	done
	@echo "The monitoring report of $(EXAMPLE) is in:"
	@for f in $(DEMO_FORMATS); do echo "  $(CURDIR)/$(BUILDDIR)/demo/report.$$f"; done
	@for f in $(DEMO_FORMATS); do \
	  $(BUILDDIR)/tools/pdz report $(EXAMPLE) --since $(EARLIER) -f $$f -o $(BUILDDIR)/demo/report-since.$$f || exit 1; \
	done
	@echo "The same, with what changed since the round of $(EARLIER), is in:"
	@for f in $(DEMO_FORMATS); do echo "  $(CURDIR)/$(BUILDDIR)/demo/report-since.$$f"; done

# Every suite but the slow one, which needs LibreOffice (make check-all)
test: build
	$(MESON) test -C $(BUILDDIR) --no-suite slow --print-errorlogs

test-slow: deps-slow build
	$(MESON) test -C $(BUILDDIR) --suite slow --print-errorlogs

# The C tests again under valgrind (definite leaks and memory errors fail).
test-valgrind: build
	$(MESON) test -C $(BUILDDIR) --setup valgrind --suite c --suite fuzz --print-errorlogs --timeout-multiplier 10

# The C tests again in a separate AddressSanitizer/UBSan build. g-ir-scanner
# and the sanitizers do not mix, so this build has no introspection.
$(ASANDIR)/build.ninja:
	$(MESON) setup $(ASANDIR) -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dintrospection=disabled -Dvapi=false -Ddocs=disabled $(WRITERS)

test-asan: deps $(ASANDIR)/build.ninja
	$(MESON) compile -C $(ASANDIR)
	$(MESON) test -C $(ASANDIR) --suite c --suite fuzz --print-errorlogs --timeout-multiplier 3

# The libFuzzer targets (tests/fuzz/README.md) in a clang build of their own,
# with AddressSanitizer and UBSan: each for FUZZ_SECONDS seconds, one after
# the other, from a scratch corpus in $(FUZZDIR)/tests/fuzz/corpus seeded
# from tests/data and examples/data. Fails if any target finds a crash, a
# leak, a timeout or a broken check; FUZZ_TARGETS=a,b runs only those.
$(FUZZDIR)/build.ninja:
	CC=clang $(MESON) setup $(FUZZDIR) -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dintrospection=disabled -Dvapi=false -Ddocs=disabled $(WRITERS)

fuzz: deps $(FUZZDIR)/build.ninja
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(MESON) compile -C $(FUZZDIR) fuzz

# The tests of threads (suite threads: the corpus's thread pool, the async
# loads, plans and the codec in several threads) in a ThreadSanitizer build
# of their own (doc/threads.md): a report in libpdz fails; GLib's
# uninstrumented internals are in tests/tsan.supp.
$(TSANDIR)/build.ninja:
	$(MESON) setup $(TSANDIR) -Db_sanitize=thread -Db_lundef=false \
	  -Dintrospection=disabled -Dvapi=false -Ddocs=disabled $(WRITERS)

check-tsan: deps $(TSANDIR)/build.ninja
	$(MESON) compile -C $(TSANDIR)
	$(MESON) test -C $(TSANDIR) --suite threads --print-errorlogs --timeout-multiplier 3

check: test test-valgrind test-asan
	@python3 tests/testlog-summary.py $(BUILDDIR)/meson-logs/testlog.json \
	  $(BUILDDIR)/meson-logs/testlog-valgrind.json $(ASANDIR)/meson-logs/testlog.json

check-all: check test-slow

clean:
	rm -rf $(BUILDDIR) $(ASANDIR) $(FUZZDIR) $(TSANDIR)
