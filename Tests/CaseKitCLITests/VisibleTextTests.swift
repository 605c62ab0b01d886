@testable import CaseKitCLI
import Testing

/// Terminal output shows control and bidi characters as visible stand-ins.
@Suite struct VisibleTextTests {
    @Test func plainTextIsUnchanged() {
        for text in ["", "Acme Corp", "Zoë – 東京 🙂", "it's $HOME; `x` {a,b} ~ *", "עברית عربي",
                     "£5 → §9 ‘quoted’ … ok", "ؠ", "€"] {
            #expect(VisibleText.of(text) == text)
            #expect(VisibleText.isPlain(text))
        }
    }

    @Test func controlsBecomeControlPictures() {
        #expect(VisibleText.of("\u{1B}[31mred\u{07}") == "␛[31mred␇")
        #expect(VisibleText.of("a\nb\tc\rd\u{08}e\u{00}f\u{7F}") == "a␊b␉c␍d␈e␀f␡")
        #expect(!VisibleText.isPlain("tab\there"))
    }

    @Test func c1BidiAndSeparatorsBecomeCodePoints() {
        #expect(VisibleText.of("\u{9B}2J\u{9D}0;t\u{85}") == "<U+009B>2J<U+009D>0;t<U+0085>")
        #expect(VisibleText.of("\u{202A}\u{202E}gnp.exe\u{2066}\u{2069}") == "<U+202A><U+202E>gnp.exe<U+2066><U+2069>")
        #expect(VisibleText.of("\u{200E}\u{200F}\u{061C}\u{2028}\u{2029}")
                == "<U+200E><U+200F><U+061C><U+2028><U+2029>")
        // Beside characters whose UTF-8 starts with the same bytes.
        #expect(VisibleText.of("£ → ‘a’\u{2028}é\u{85}") == "£ → ‘a’<U+2028>é<U+0085>")
    }

    @Test func standInsAreMeasuredAsShown() {
        #expect(TextWidth.of(VisibleText.of("\u{1B}")) == 1)
        #expect(TextWidth.of(VisibleText.of("\u{202E}")) == 8)
    }
}
