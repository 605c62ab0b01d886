import Testing
@testable import CaseKit

/// The reader against RFC 8259, in the spirit of JSONTestSuite: texts every
/// parser must accept (its y_ files) and texts every parser must refuse (its
/// n_ files), each named after the suite's file where there is one.
@Suite struct JSONReaderTests {
    /// A whole JSON text: one value, white space around it, nothing else.
    func document(_ bytes: [UInt8]) throws -> JSON {
        var reader = JSONReader(bytes)
        let value = try reader.value()
        reader.skipSpace()
        guard reader.atEnd else { throw reader.failure("expected the end of the text") }
        return value
    }

    func document(_ text: String) throws -> JSON { try document(Array(text.utf8)) }

    static let accepted: [(name: String, text: String)] = [
        ("y_array_empty", "[]"),
        ("y_array_arraysWithSpaces", "[[]   ]"),
        ("y_array_empty-string", #"[""]"#),
        ("y_array_heterogeneous", #"[null, 1, "1", {}]"#),
        ("y_array_with_leading_space", " [1]"),
        ("y_array_with_trailing_space", "[2] "),
        ("y_array_with_several_null", "[1,null,null,null,2]"),
        ("y_number", "[123e65]"),
        ("y_number_0e+1", "[0e+1]"),
        ("y_number_0e1", "[0e1]"),
        ("y_number_after_space", "[ 4]"),
        ("y_number_double_close_to_zero", "[-0.000000000000000000000000000000000000000000000000000000000000000000000000000001]"),
        ("y_number_int_with_exp", "[20e1]"),
        ("y_number_minus_zero", "[-0]"),
        ("y_number_negative_int", "[-123]"),
        ("y_number_negative_one", "[-1]"),
        ("y_number_negative_zero", "[-0]"),
        ("y_number_real_capital_e", "[1E22]"),
        ("y_number_real_capital_e_neg_exp", "[1E-2]"),
        ("y_number_real_capital_e_pos_exp", "[1E+2]"),
        ("y_number_real_exponent", "[123e45]"),
        ("y_number_real_fraction_exponent", "[123.456e78]"),
        ("y_number_real_neg_exp", "[1e-2]"),
        ("y_number_real_pos_exponent", "[1e+2]"),
        ("y_number_simple_int", "[123]"),
        ("y_number_simple_real", "[123.456789]"),
        ("y_number_very_big_negative_int", "[-237462374673276894279832749832423479823246327846]"),
        ("y_object_basic", #"{"asd":"sdf"}"#),
        ("y_object_duplicated_key", #"{"a":"b","a":"c"}"#),
        ("y_object_empty", "{}"),
        ("y_object_empty_key", #"{"":0}"#),
        ("y_object_escaped_null_in_key", #"{"foo\u0000bar": 42}"#),
        ("y_object_extreme_numbers", #"{ "min": -1.0e+28, "max": 1.0e+28 }"#),
        ("y_object_long_strings", #"{"x":[{"id": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}], "id": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}"#),
        ("y_object_simple", #"{"a":[]}"#),
        ("y_object_with_newlines", "{\n\"a\": \"b\"\n}"),
        ("y_string_1_2_3_bytes_UTF-8_sequences", #"["\u0060\u012a\u12AB"]"#),
        ("y_string_accepted_surrogate_pair", #"["\uD801\udc37"]"#),
        ("y_string_accepted_surrogate_pairs", #"["\ud83d\ude39\ud83d\udc8d"]"#),
        ("y_string_allowed_escapes", #"["\"\\\/\b\f\n\r\t"]"#),
        ("y_string_backslash_and_u_escaped_zero", #"["\\u0000"]"#),
        ("y_string_comments", #"["a/*b*/c/*d//e"]"#),
        ("y_string_escaped_control_character", #"["\u0012"]"#),
        ("y_string_escaped_noncharacter", #"["\uFFFF"]"#),
        ("y_string_in_array", #"["asd"]"#),
        ("y_string_last_surrogates_1_and_2", #"["\uDBFF\uDFFF"]"#),
        ("y_string_nbsp_uescaped", #"["new\u00A0line"]"#),
        ("y_string_nonCharacterInUTF-8_U+FFFF", "[\"\u{FFFF}\"]"),
        ("y_string_null_escape", #"["\u0000"]"#),
        ("y_string_one-byte-utf-8", #"["\u002c"]"#),
        ("y_string_pi", "[\"π\"]"),
        ("y_string_simple_ascii", #"["asd "]"#),
        ("y_string_space", #"" ""#),
        ("y_string_three-byte-utf-8", #"["\u0821"]"#),
        ("y_string_u+2028_line_sep", "[\"\u{2028}\"]"),
        ("y_string_uEscape", #"["\u0061\u30af\u30EA\u30b9"]"#),
        ("y_string_unescaped_char_delete", "[\"\u{7F}\"]"),
        ("y_string_unicode_escaped_double_quote", #"["\u0022"]"#),
        ("y_string_utf8", "[\"€𝄞\"]"),
        ("y_string_with_del_character", "[\"a\u{7F}a\"]"),
        ("y_structure_lonely_false", "false"),
        ("y_structure_lonely_int", "42"),
        ("y_structure_lonely_negative_real", "-0.1"),
        ("y_structure_lonely_null", "null"),
        ("y_structure_lonely_string", #""asd""#),
        ("y_structure_lonely_true", "true"),
        ("y_structure_string_empty", #""""#),
        ("y_structure_trailing_newline", "[\"a\"]\n"),
        ("y_structure_true_in_array", "[true]"),
        ("y_structure_whitespace_array", " [] "),
        ("y_structure_whitespace_all_four", "\t\r\n [ \t\r\n1\t\r\n ]\t\r\n "),
        ("y_nesting_at_the_limit", String(repeating: "[", count: JSONReader.maximumDepth)
            + String(repeating: "]", count: JSONReader.maximumDepth)),
    ]

    @Test(arguments: accepted)
    func acceptsWhatRFC8259Allows(_ sample: (name: String, text: String)) {
        #expect(throws: Never.self, "\(sample.name)") { try document(sample.text) }
    }

    static let refused: [(name: String, text: String)] = [
        ("n_array_1_true_without_comma", "[1 true]"),
        ("n_array_colon_instead_of_comma", #"["": 1]"#),
        ("n_array_comma_after_close", #"[""],"#),
        ("n_array_comma_and_number", "[,1]"),
        ("n_array_double_comma", "[1,,2]"),
        ("n_array_extra_close", #"["x"]]"#),
        ("n_array_extra_comma", #"["",]"#),
        ("n_array_incomplete", #"["x""#),
        ("n_array_incomplete_invalid_value", "[x"),
        ("n_array_just_comma", "[,]"),
        ("n_array_just_minus", "[-]"),
        ("n_array_missing_value", #"[   , ""]"#),
        ("n_array_star_inside", "[*]"),
        ("n_array_unclosed", #"["""#),
        ("n_array_unclosed_trailing_comma", "[1,"),
        ("n_incomplete_false", "[fals]"),
        ("n_incomplete_null", "[nul]"),
        ("n_incomplete_true", "[tru]"),
        ("n_number_++", "[++1234]"),
        ("n_number_+1", "[+1]"),
        ("n_number_+Inf", "[+Inf]"),
        ("n_number_-01", "[-01]"),
        ("n_number_-1.0.", "[-1.0.]"),
        ("n_number_-2.", "[-2.]"),
        ("n_number_-NaN", "[-NaN]"),
        ("n_number_.-1", "[.-1]"),
        ("n_number_.2e-3", "[.2e-3]"),
        ("n_number_0.1.2", "[0.1.2]"),
        ("n_number_0.3e+", "[0.3e+]"),
        ("n_number_0.3e", "[0.3e]"),
        ("n_number_0.e1", "[0.e1]"),
        ("n_number_0_capital_E+", "[0E+]"),
        ("n_number_0_capital_E", "[0E]"),
        ("n_number_0e+", "[0e+]"),
        ("n_number_0e", "[0e]"),
        ("n_number_1.0e+", "[1.0e+]"),
        ("n_number_1.0e-", "[1.0e-]"),
        ("n_number_1.0e", "[1.0e]"),
        ("n_number_1_000", "[1 000.0]"),
        ("n_number_1eE2", "[1eE2]"),
        ("n_number_2.e+3", "[2.e+3]"),
        ("n_number_2.e-3", "[2.e-3]"),
        ("n_number_2.e3", "[2.e3]"),
        ("n_number_9.e+", "[9.e+]"),
        ("n_number_Inf", "[Inf]"),
        ("n_number_NaN", "[NaN]"),
        ("n_number_expression", "[1+2]"),
        ("n_number_hex_1_digit", "[0x1]"),
        ("n_number_hex_2_digits", "[0x42]"),
        ("n_number_infinity", "[Infinity]"),
        ("n_number_minus_infinity", "[-Infinity]"),
        ("n_number_minus_sign_with_trailing_garbage", "[-foo]"),
        ("n_number_minus_space_1", "[- 1]"),
        ("n_number_neg_int_starting_with_zero", "[-012]"),
        ("n_number_neg_real_without_int_part", "[-.123]"),
        ("n_number_neg_with_garbage_at_end", "[-1x]"),
        ("n_number_real_garbage_after_e", "[1ea]"),
        ("n_number_real_without_fractional_part", "[1.]"),
        ("n_number_starting_with_dot", "[.123]"),
        ("n_number_with_leading_zero", "[012]"),
        ("n_number_-00.0", "-00.0"),
        ("n_number_00.0", "00.0"),
        ("n_number_00e0", "00e0"),
        ("n_number_007", "[007]"),
        ("n_object_bad_value", #"["x", truth]"#),
        ("n_object_comma_instead_of_colon", #"{"x", null}"#),
        ("n_object_double_colon", #"{"x"::"b"}"#),
        ("n_object_missing_colon", #"{"a" b}"#),
        ("n_object_missing_key", #"{:"b"}"#),
        ("n_object_missing_semicolon", #"{"a" "b"}"#),
        ("n_object_missing_value", #"{"a":"#),
        ("n_object_no-colon", #"{"a""#),
        ("n_object_non_string_key", "{1:1}"),
        ("n_object_repeated_null_null", "{null:null,null:null}"),
        ("n_object_single_quote", "{'a':0}"),
        ("n_object_trailing_comma", #"{"id":0,}"#),
        ("n_object_trailing_comment", #"{"a":"b"}/**/"#),
        ("n_object_unquoted_key", #"{a: "b"}"#),
        ("n_object_with_trailing_garbage", #"{"a": true} "x""#),
        ("n_string_1_surrogate_then_escape", #"["\uD800\"]"#),
        ("n_string_1_surrogate_then_escape_u", #"["\uD800\u"]"#),
        ("n_string_1_surrogate_then_escape_u1", #"["\uD800\u1"]"#),
        ("n_string_1_surrogate_then_escape_u1x", #"["\uD800\u1x"]"#),
        ("n_string_escape_x", #"["\x00"]"#),
        ("n_string_escaped_backslash_bad", #"["\\\"]"#),
        ("n_string_escaped_ctrl_char_tab", "[\"\\\t\"]"),
        ("n_string_incomplete_escape", #"["\"]"#),
        ("n_string_incomplete_escaped_character", #"["\u00A"]"#),
        ("n_string_incomplete_surrogate", #"["\uD834\uDd"]"#),
        ("n_string_invalid_backslash_esc", #"["\a"]"#),
        ("n_string_invalid_unicode_escape", #"["\uqqqq"]"#),
        ("n_string_no_quotes_with_bad_escape", #"[\n]"#),
        ("n_string_octal_escape", #"["\017"]"#),
        ("n_string_single_quote", "['single quote']"),
        ("n_string_start_escape_unclosed", #"["\"#),
        ("n_string_unescaped_newline", "[\"new\nline\"]"),
        ("n_string_unescaped_tab", "[\"\t\"]"),
        ("n_string_unicode_CapitalU", #""\UA66D""#),
        ("n_string_u_escape_with_sign", #"["\u+123"]"#),
        ("n_string_u_escape_with_space", #"["\u 123"]"#),
        ("n_string_u_escape_with_inner_space", #"["\u12 3"]"#),
        ("n_string_lone_high_surrogate", #"["\uD800"]"#),
        ("n_string_lone_low_surrogate", #"["\uDC00"]"#),
        ("n_string_high_surrogate_then_letter", #"["\uD800abc"]"#),
        ("n_string_two_high_surrogates", #"["\uD800\uD800"]"#),
        ("n_string_surrogate_pair_with_space_between", #"["\uD83D \uDE39"]"#),
        ("n_structure_angle_bracket_.", "<.>"),
        ("n_structure_angle_bracket_null", "[<null>]"),
        ("n_structure_array_trailing_garbage", "[1]x"),
        ("n_structure_array_with_extra_array_close", "[1]]"),
        ("n_structure_array_with_unclosed_string", #"["asd]"#),
        ("n_structure_capitalized_True", "[True]"),
        ("n_structure_close_unopened_array", "1]"),
        ("n_structure_comma_instead_of_closing_brace", #"{"x": true,"#),
        ("n_structure_double_array", "[][]"),
        ("n_structure_end_array", "]"),
        ("n_structure_lone-open-bracket", "["),
        ("n_structure_no_data", ""),
        ("n_structure_number_with_trailing_garbage", "2@"),
        ("n_structure_object_followed_by_closing_object", "{}}"),
        ("n_structure_object_unclosed_no_value", #"{"":"#),
        ("n_structure_object_with_comment", #"{"a":/*comment*/"b"}"#),
        ("n_structure_object_with_trailing_garbage", #"{"a": true} "x""#),
        ("n_structure_open_array_apostrophe", "['"),
        ("n_structure_open_array_comma", "[,"),
        ("n_structure_open_object", "{"),
        ("n_structure_single_star", "*"),
        ("n_structure_trailing_#", #"{"a":"b"}#{}"#),
        ("n_structure_uescaped_LF_before_string", #"[\u000A""]"#),
        ("n_structure_unclosed_array", "[1"),
        ("n_structure_unicode-identifier", "å"),
        ("n_structure_whitespace_formfeed", "[\u{0C}]"),
        ("n_structure_whitespace_U+2060_word_joiner", "[\u{2060}]"),
        ("n_structure_whitespace_nbsp", "[\u{00A0}1]"),
        ("n_structure_vertical_tab", "[\u{0B}1]"),
        ("n_structure_null-byte-outside-string", "[\u{0}]"),
        ("n_string_raw_nul", "[\"a\u{0}b\"]"),
        ("n_string_raw_escape_character", "[\"\u{1B}[31m\"]"),
        ("n_structure_100000_opening_arrays", String(repeating: "[", count: 100_000)),
        ("n_structure_open_array_object", String(repeating: "[{\"\":", count: 50_000)),
        ("n_nesting_one_past_the_limit", String(repeating: "[", count: JSONReader.maximumDepth + 1)
            + String(repeating: "]", count: JSONReader.maximumDepth + 1)),
    ]

    @Test(arguments: refused)
    func refusesWhatRFC8259Forbids(_ sample: (name: String, text: String)) {
        #expect(throws: JSONReader.Failure.self, "\(sample.name)") { try document(sample.text) }
    }

    /// Byte-level n_ files: invalid UTF-8 in every shape the suite tries.
    static let invalidUTF8: [(name: String, bytes: [UInt8])] = [
        ("n_string_invalid_utf8_after_escape", Array(#"["\"#.utf8) + [0xE5] + Array(#""]"#.utf8)),
        ("n_string_invalid-utf-8-in-escape", Array(#"["\u"#.utf8) + [0xE5] + Array(#""]"#.utf8)),
        ("n_string_lone_utf8_continuation_byte", [0x5B, 0x22, 0x81, 0x22, 0x5D]),
        ("n_string_overlong_slash", [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D]),
        ("n_string_overlong_nul", [0x5B, 0x22, 0xC0, 0x80, 0x22, 0x5D]),
        ("n_string_utf8_encoded_surrogate", [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D]),
        ("n_string_beyond_U+10FFFF", [0x5B, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x5D]),
        ("n_string_truncated_utf8", [0x5B, 0x22, 0xE6, 0x97, 0x22, 0x5D]),
        ("n_string_invalid_byte_FF", [0x5B, 0x22, 0xFF, 0x22, 0x5D]),
        ("n_string_invalid_utf8_after_an_escape", Array(#"["\n"#.utf8) + [0xC3, 0x28] + Array(#""]"#.utf8)),
        ("n_structure_incomplete_UTF8_BOM", [0xEF, 0xBB, 0x7B, 0x7D]),
        ("n_structure_UTF8_BOM_no_data", [0xEF, 0xBB, 0xBF]),
        ("n_structure_lone-invalid-utf-8", [0xE5]),
        ("n_structure_single_eacute", [0xE9]),
        ("n_structure_ascii-unicode-identifier", [0x61, 0xC3, 0xA5]),
    ]

    @Test(arguments: invalidUTF8)
    func refusesInvalidUTF8(_ sample: (name: String, bytes: [UInt8])) {
        #expect(throws: JSONReader.Failure.self, "\(sample.name)") { try document(sample.bytes) }
    }

    @Test func numbersKeepTheirValue() throws {
        #expect(try document("[-0, 9223372036854775807, -9223372036854775808]") == .array([.int(0), .int(.max), .int(.min)]))
        // Past Int64: still valid JSON, kept as written.
        #expect(try document("9223372036854775808") == .number("9223372036854775808"))
        #expect(try document("1.5e-3") == .number("1.5e-3"))
    }

    @Test func escapesDecodeToTheirCharacters() throws {
        #expect(try document(#""\u0000""#) == .string("\u{0}"))
        #expect(try document(#""\ud83d\ude39\u00e9\u002F\/""#) == .string("😹é//"))
        #expect(try document(#""\uDBFF\uDFFF""#) == .string("\u{10FFFF}"))
    }

    @Test func repeatedKeysAreKeptForTheImporterToRefuse() throws {
        let object = try document(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(object.repeatedKey == "a")
        #expect(try document(#"{"a": 1, "b": 2}"#).repeatedKey == nil)
        // A hostile object with many keys is checked in linear time.
        let many = "{" + (0..<5000).map { "\"k\($0)\": 0" }.joined(separator: ",") + ", \"k7\": 1}"
        #expect(try document(many).repeatedKey == "k7")
    }

    @Test func failuresNameTheOffendingByteSafely() {
        var reader = JSONReader([0x5B, 0x1B, 0x5D])
        #expect {
            _ = try reader.value()
        } throws: { error in
            (error as? JSONReader.Failure)?.message.contains("byte 0x1B") == true
        }
    }
}

extension JSON: Equatable {
    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}
