// np's MathML against KaTeX's: tests/fixtures/math/mathml.json holds KaTeX's MathML, normalised
// to its reading (scripts/katex/gen-mathml.mjs), for every formula KaTeX accepts in the math
// corpus and in content/. np's output, normalised the same way, must be the same, except the
// cases listed in tests/fixtures/math/mathml-differences.txt, each with the reason.
#include "np/mathml.h"

#include <yaml-cpp/yaml.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "np/math/parser.h"
#include "np/utf8.h"
#include "test_support.h"

namespace np::test {
namespace {

struct XmlNode {
  std::string tag, text;
  std::vector<XmlNode> children;
};

std::string decode_entities(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const auto semi = s.find(';', i);
    const std::string e = s.substr(i + 1, semi - i - 1);
    if (e == "amp")
      out += '&';
    else if (e == "lt")
      out += '<';
    else if (e == "gt")
      out += '>';
    else if (e == "quot")
      out += '"';
    else if (e == "apos")
      out += '\'';
    else
      out += "&" + e + ";";
    i = semi;
  }
  return out;
}

// A strict parser of np's output: fails (returns false) on anything not well-formed.
bool parse_xml(const std::string& xml, XmlNode& root, std::string& error) {
  std::vector<XmlNode*> stack{&root};
  std::size_t i = 0;
  while (i < xml.size()) {
    if (xml[i] != '<') {
      const auto next = xml.find('<', i);
      const std::string text = xml.substr(i, next == std::string::npos ? std::string::npos : next - i);
      if (text.find('>') != std::string::npos) return error = "a bare '>' in text", false;
      stack.back()->text += decode_entities(text);
      i = next == std::string::npos ? xml.size() : next;
      continue;
    }
    const auto close = xml.find('>', i);
    if (close == std::string::npos) return error = "an unclosed tag", false;
    std::string tag = xml.substr(i + 1, close - i - 1);
    i = close + 1;
    if (!tag.empty() && tag[0] == '/') {
      if (stack.size() == 1 || stack.back()->tag != tag.substr(1))
        return error = "</" + tag.substr(1) + "> closes <" + stack.back()->tag + ">", false;
      stack.pop_back();
      continue;
    }
    const bool self_closing = !tag.empty() && tag.back() == '/';
    if (self_closing) tag.pop_back();
    // Attributes: name="value" with no '<' and balanced quotes.
    const auto space = tag.find(' ');
    const std::string attributes = space == std::string::npos ? "" : tag.substr(space);
    if (std::count(attributes.begin(), attributes.end(), '"') % 2 != 0 || attributes.find('<') != std::string::npos)
      return error = "a bad attribute in <" + tag + ">", false;
    XmlNode node;
    node.tag = tag.substr(0, space);
    stack.back()->children.push_back(std::move(node));
    if (!self_closing) stack.push_back(&stack.back()->children.back());
  }
  if (stack.size() != 1) return error = "<" + stack.back()->tag + "> is not closed", false;
  return true;
}

// The bytes of the white-space character at `i` (JavaScript's \s: ASCII and Unicode spaces), or 0.
std::size_t space_length(const std::string& t, std::size_t i) {
  const auto u = [&](std::size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u; };
  if (std::isspace(u(0))) return 1;
  if (u(0) == 0xC2 && u(1) == 0xA0) return 2;                  // U+00A0
  if (u(0) == 0xE1 && u(1) == 0x9A && u(2) == 0x80) return 3;  // U+1680
  if (u(0) == 0xE2 && u(1) == 0x80 && (u(2) <= 0x8A || u(2) == 0xA8 || u(2) == 0xA9 || u(2) == 0xAF))
    return 3;                                                  // U+2000-200A, 2028, 2029, 202F
  if (u(0) == 0xE2 && u(1) == 0x81 && u(2) == 0x9F) return 3;  // U+205F
  if (u(0) == 0xE3 && u(1) == 0x80 && u(2) == 0x80) return 3;  // U+3000
  if (u(0) == 0xEF && u(1) == 0xBB && u(2) == 0xBF) return 3;  // U+FEFF
  return 0;
}

// Mathematical Alphanumeric Symbols back to their ASCII letter (gen-mathml.mjs: NFKC on them):
// np writes ℝ where KaTeX writes R with mathvariant, which the normal form drops anyway.
std::string plain_letters(std::string text) {
  static const std::vector<std::pair<std::string, char>> styled = [] {
    std::vector<std::pair<std::string, char>> out;
    for (const char* v : {"bold", "bold-italic", "script", "bold-script", "fraktur", "double-struck", "bold-fraktur", "sans-serif",
                          "bold-sans-serif", "sans-serif-italic", "sans-serif-bold-italic", "monospace"})
      for (char c : std::string("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        if (std::string s = styled_character(v, c); !s.empty()) out.emplace_back(s, c);
    out.emplace_back("\xe2\x84\x8e", 'h');                                                      // ℎ, the italic h
    for (const char c : std::string("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) {  // italic: U+1D434..
      const char32_t cp = c <= 'Z' ? 0x1D434 + static_cast<char32_t>(c - 'A') : 0x1D44E + static_cast<char32_t>(c - 'a');
      if (c == 'h') continue;
      std::string s;
      utf8::append(s, cp);
      out.emplace_back(s, c);
    }
    return out;
  }();
  for (const auto& [from, to] : styled)
    for (std::size_t p = 0; (p = text.find(from, p)) != std::string::npos;) text.replace(p, from.size(), 1, to);
  return text;
}

// The normal form of gen-mathml.mjs (see there).
std::string normalise(const XmlNode& node);

std::string normalise_children(const std::vector<XmlNode>& children) {
  static const std::set<std::string> unwrap{"math", "semantics", "mrow", "mstyle", "mpadded"};
  static const std::set<std::string> drop{"annotation", "mspace"};
  static const std::set<std::string> leaves{"mi", "mn", "mo", "mtext", "ms"};
  struct Item {
    bool leaf;
    std::string tag, text;
  };
  std::vector<Item> items;
  std::function<void(const XmlNode&)> visit = [&](const XmlNode& n) {
    if (drop.count(n.tag)) return;
    if (unwrap.count(n.tag)) {
      for (const auto& c : n.children) visit(c);
      return;
    }
    if (leaves.count(n.tag) && !n.children.empty()) {  // KaTeX's <mo> around a group (mclass)
      for (const auto& c : n.children) visit(c);
      return;
    }
    if (leaves.count(n.tag)) {
      std::string text = plain_letters(n.text);
      if (n.tag == "mtext") {
        std::string collapsed;
        bool space = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
          if (const std::size_t len = space_length(text, i); len > 0) {
            space = true;
            i += len - 1;
            continue;
          }
          if (space && !collapsed.empty()) collapsed += ' ';
          space = false;
          collapsed += text[i];
        }
        text = collapsed;
      }
      if (!items.empty() && items.back().leaf && items.back().tag == n.tag && (n.tag == "mn" || n.tag == "mtext")) {
        if (n.tag == "mtext")
          items.back().text += (items.back().text.empty() || text.empty() ? "" : " ") + text;
        else
          items.back().text += text;
        return;
      }
      items.push_back({true, n.tag, text});
      return;
    }
    std::string inner;
    for (std::size_t i = 0; i < n.children.size(); ++i) inner += (i == 0 ? "" : " ") + normalise(n.children[i]);
    items.push_back({false, n.tag, inner});
  };
  for (const auto& c : children) visit(c);
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) out += ' ';
    out += i.leaf ? i.tag + ":" + i.text : i.tag + "(" + i.text + ")";
  }
  return out;
}

std::string normalise(const XmlNode& node) { return normalise_children({node}); }

// Differences of characters, not of reading, folded on both sides before comparing:
// - np writes a delimiter's bar as | and ‖ (U+007C, U+2016) where KaTeX writes ∣ and ∥ (U+2223,
//   U+2225, relations in MathML's operator dictionary, which browsers space as such);
// - np writes a negative space as <mspace> (dropped by the normal form) where KaTeX writes a space
//   and U+2063 in <mtext>, which browsers lay out as a positive space: U+2063 and the empty
//   <mtext> tokens left are dropped;
// - np writes primes alone beside their base (f′), KaTeX as its superscript (math fonts draw
//   them raised and small already): an msup whose last item is primes is unwrapped (on both
//   sides: the normal form has lost where the base ends), and numbers then adjacent are joined
//   (1 msup(0 ′) reads 10 ′).
bool primes_only(const std::string& item) {
  if (item.rfind("mo:", 0) != 0 || item.size() <= 3 || (item.size() - 3) % 3 != 0) return false;
  for (std::size_t c = 3; c < item.size(); c += 3)
    if (item.compare(c, 3, "\u2032") != 0 && item.compare(c, 3, "\u2033") != 0 && item.compare(c, 3, "\u2034") != 0) return false;
  return true;
}

std::string unwrap_primes(std::string reading) {
  for (std::size_t p = 0; (p = reading.find("msup(", p)) != std::string::npos; ++p) {
    if (p > 0 && reading[p - 1] != ' ' && reading[p - 1] != '(') continue;
    std::size_t depth = 0, end = p + 5, last = p + 5;  // last: where the last top-level item starts
    for (; end < reading.size(); ++end) {
      if (reading[end] == ':')
        ++end;  // a token's text: mo:( is no parenthesis of the form
      else if (reading[end] == '(')
        ++depth;
      else if (reading[end] == ')' && depth-- == 0)
        break;
      else if (reading[end] == ' ' && depth == 0)
        last = end + 1;
    }
    if (end >= reading.size() || last == p + 5 || !primes_only(reading.substr(last, end - last))) continue;
    std::string inner = reading.substr(p + 5, end - p - 5);
    if (!inner.empty() && inner[0] == ' ') inner.erase(0, 1);  // an empty base
    reading = reading.substr(0, p) + inner + reading.substr(end + 1);
  }
  for (std::size_t p = 0; (p = reading.find(" mn:", p)) != std::string::npos;) {
    const std::size_t before = reading.rfind(' ', p - 1) == std::string::npos ? 0 : reading.rfind(' ', p - 1) + 1;
    const std::size_t token = std::max(before, reading.rfind('(', p - 1) == std::string::npos ? 0 : reading.rfind('(', p - 1) + 1);
    if (reading.compare(token, 3, "mn:") == 0 && reading.find_first_of("() ", token) == p)
      reading.erase(p, 4);
    else
      ++p;
  }
  return reading;
}

std::string fold_spelling(std::string reading) {
  reading = unwrap_primes(std::move(reading));
  const auto replace_all = [&](const std::string& from, const std::string& to) {
    for (std::size_t p = 0; (p = reading.find(from, p)) != std::string::npos;) reading.replace(p, from.size(), to), p += to.size();
  };
  replace_all("mo:\u2223", "mo:|");
  replace_all("mo:\u2225", "mo:\u2016");
  replace_all("\u2063", "");
  for (std::size_t p = 0; (p = reading.find("mtext:", p)) != std::string::npos;) {
    const std::size_t end = p + 6;
    const bool at_token_start = p == 0 || reading[p - 1] == ' ' || reading[p - 1] == '(';
    if (!at_token_start || (end < reading.size() && reading[end] != ' ' && reading[end] != ')')) {
      p = end;
      continue;
    }
    if (p > 0 && reading[p - 1] == ' ')
      reading.erase(p - 1, 7), --p;
    else
      reading.erase(p, end < reading.size() && reading[end] == ' ' ? 7 : 6);
  }
  return reading;
}

math::MacroTable macros_of(const std::string& yaml_file) {
  std::map<std::string, std::string> macros;
  for (const auto& m : YAML::Load(read_file(yaml_file))["katex"]["macros"]) macros[m.first.as<std::string>()] = m.second.as<std::string>();
  return math::MacroTable(macros);
}

// tests/fixtures/math/mathml-differences.txt: "reason" lines ("# ..." comments) followed by the
// formulas (one per line, as JSON strings) it explains.
std::map<std::string, std::string> known_differences() {
  std::map<std::string, std::string> out;
  std::istringstream in(read_file(fixtures_dir() + "/math/mathml-differences.txt"));
  std::string line, reason;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line.rfind("# ", 0) == 0) {
      reason = line.substr(2);
      continue;
    }
    out[nlohmann::json::parse(line).get<std::string>()] = reason;
  }
  return out;
}

TEST(Mathml, ReadsAsKatexReadsEveryFormula) {
  const auto fixture = nlohmann::json::parse(read_file(fixtures_dir() + "/math/mathml.json"));
  EXPECT_EQ(fixture["katex"], "0.16.11");
  const math::MacroTable fixture_macros = macros_of(fixtures_dir() + "/math/np.yaml");
  const math::MacroTable content_macros = macros_of(source_dir() + "/content/np.yaml");
  const auto known = known_differences();
  std::size_t same = 0, listed = 0;
  std::string unexpected, stale;
  std::set<std::string> differing;
  const char* report = std::getenv("NP_MATHML_REPORT");
  std::ofstream report_out;
  if (report != nullptr) report_out.open(report);
  for (const auto& c : fixture["cases"]) {
    const std::string tex = c["tex"];
    const bool display = c.value("display", false);
    const std::string macros = c.value("macros", "");
    const math::MacroTable* table = macros == "fixture" ? &fixture_macros : macros == "content" ? &content_macros : nullptr;
    const MathmlResult r = tex_to_mathml(tex, display, table);
    std::string got;
    if (!r.ok) {
      got = "np error: " + r.error;
    } else {
      XmlNode root;
      std::string error;
      if (!parse_xml(r.mathml, root, error))
        got = "not well-formed: " + error;
      else
        got = normalise_children(root.children);
    }
    if (fold_spelling(got) == fold_spelling(c["katex"].get<std::string>())) {
      ++same;
      if (known.count(tex)) stale += "\n  " + nlohmann::json(tex).dump();
      continue;
    }
    differing.insert(tex);
    if (known.count(tex)) {
      ++listed;
      continue;
    }
    const std::string line = "\n  " + nlohmann::json(tex).dump() + (display ? " (display)" : "") +
                             "\n    katex: " + c["katex"].get<std::string>() + "\n    np:    " + got;
    unexpected += line;
    if (report_out)
      report_out << nlohmann::json(tex).dump() << "\n    katex: " << c["katex"].get<std::string>() << "\n    np:    " << got << "\n";
  }
  RecordProperty("same", static_cast<int>(same));
  RecordProperty("listed", static_cast<int>(listed));
  std::cout << "MathML: " << same << " formulas read as KaTeX reads them, " << listed << " listed differences, of "
            << fixture["cases"].size() << "\n";
  EXPECT_EQ(unexpected, "") << "formulas whose MathML differs from KaTeX's and are not in mathml-differences.txt";
  EXPECT_EQ(stale, "") << "listed in mathml-differences.txt but now the same as KaTeX: remove them";
}

TEST(Mathml, Document) {
  const MathmlResult r = tex_to_mathml("x^2 < \\frac{a}{b} & 1", false, nullptr);
  EXPECT_FALSE(r.ok);  // '&' outside an array: KaTeX's error
  EXPECT_EQ(r.error_offset, 18u);
  const MathmlResult ok = tex_to_mathml("a<b", true, nullptr);
  ASSERT_TRUE(ok.ok);
  EXPECT_EQ(ok.mathml,
            "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" "
            "alttext=\"a&lt;b\"><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"
            "<annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math>");
}

// The MathML of a formula without the <math> wrapper and the annotation.
std::string body(std::string_view tex, bool display = false) {
  const MathmlResult r = tex_to_mathml(tex, display, nullptr);
  if (!r.ok) return "error: " + r.error;
  const auto begin = r.mathml.find("<semantics>") + 11, end = r.mathml.find("<annotation");
  return r.mathml.substr(begin, end - begin);
}

// What Chromium needs to lay the MathML out as KaTeX's HTML looks (scripts/compare-mathml
// measures it): the reading stays KaTeX's, the spacing and alignment are made explicit.
TEST(Mathml, OperatorNamesAreSpacedFromTheirArgument) {
  // MathML's function application (U+2061) has no width in Chromium: "rankA", "detX".
  EXPECT_EQ(body("\\operatorname{rank}A"),
            "<mrow><mi mathvariant=\"normal\">rank</mi><mo>\u2061</mo><mspace width=\"0.1667em\"/><mi>A</mi></mrow>");
  EXPECT_EQ(body("\\det X"), "<mrow><mi>det</mi><mo>\u2061</mo><mspace width=\"0.1667em\"/><mi>X</mi></mrow>");
  EXPECT_EQ(body("\\sin^2 x"),
            "<mrow><msup><mrow><mi>sin</mi><mo>\u2061</mo></mrow><mn>2</mn></msup><mspace width=\"0.1667em\"/><mi>x</mi></mrow>");
  EXPECT_EQ(body("4\\sup x"),
            "<mrow><mn>4</mn><mspace width=\"0.1667em\"/><mi>sup</mi><mo>\u2061</mo><mspace width=\"0.1667em\"/><mi>x</mi></mrow>");
  // TeX puts no space between an operator and a parenthesis, an operator and a relation.
  EXPECT_EQ(body("\\log(x)"),
            "<mrow><mi>log</mi><mo>\u2061</mo><mo stretchy=\"false\" form=\"prefix\">(</mo><mi>x</mi><mo stretchy=\"false\" "
            "form=\"postfix\">)</mo></mrow>");
  EXPECT_EQ(body("x + \\ker A"), "<mrow><mi>x</mi><mo>+</mo><mi>ker</mi><mo>\u2061</mo><mspace width=\"0.1667em\"/><mi>A</mi></mrow>");
}

TEST(Mathml, FencesAreBarsWithTheirForm) {
  // KaTeX's ∣ and ∥ are relations in the operator dictionary: | x | in Chromium.
  EXPECT_EQ(body("\\left| x \\right|"),
            "<mrow><mo fence=\"true\" form=\"prefix\">|</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\">|</mo></mrow>");
  EXPECT_EQ(body("\\left\\lVert x \\right\\rVert"),
            "<mrow><mo fence=\"true\" form=\"prefix\">\u2016</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\">\u2016</mo></mrow>");
  EXPECT_EQ(body("\\lvert x \\rvert"),
            "<mrow><mo stretchy=\"false\" form=\"prefix\">|</mo><mi>x</mi><mo stretchy=\"false\" form=\"postfix\">|</mo></mrow>");
  EXPECT_EQ(body("a \\mid b"), "<mrow><mi>a</mi><mo>\u2223</mo><mi>b</mi></mrow>");  // a relation stays one
}

TEST(Mathml, BinaryOperatorsWhereTexReadsOrdinarySymbols) {
  EXPECT_EQ(body("\\sigma(-1)"),
            "<mrow><mi>\u03c3</mi><mo stretchy=\"false\" form=\"prefix\">(</mo><mo lspace=\"0em\" rspace=\"0em\">\u2212</mo><mn>1</mn><mo "
            "stretchy=\"false\" form=\"postfix\">)</mo></mrow>");
  EXPECT_EQ(body("y = -x"), "<mrow><mi>y</mi><mo>=</mo><mo lspace=\"0em\" rspace=\"0em\">\u2212</mo><mi>x</mi></mrow>");
  EXPECT_EQ(body("a - b"), "<mrow><mi>a</mi><mo>\u2212</mo><mi>b</mi></mrow>");
  EXPECT_NE(body("\\left\\| \\cdot \\right\\|").find("<mo lspace=\"0em\" rspace=\"0em\">\u22c5</mo>"), std::string::npos);
  // A braced group is ordinary: no space in 70{,}000.
  EXPECT_EQ(body("70{,}000"), "<mrow><mn>70</mn><mo separator=\"true\" lspace=\"0em\" rspace=\"0em\">,</mo><mn>000</mn></mrow>");
  // ':' is a relation to TeX, punctuation to the operator dictionary.
  EXPECT_NE(body("\\{x : x > 0\\}").find("<mo lspace=\"0.2778em\" rspace=\"0.2778em\">:</mo>"), std::string::npos);
}

TEST(Mathml, SizedDelimiterWithAScriptKeepsItsSize) {
  // As the base of <msup>, a lone <mo> makes an embellished operator Chromium does not size.
  EXPECT_EQ(body("\\Big(x\\Big)^2"),
            "<mrow><mo fence=\"false\" stretchy=\"true\" minsize=\"1.8em\" maxsize=\"1.8em\" lspace=\"0em\" rspace=\"0em\">(</mo><mi>x</mi>"
            "<msup><mrow><mo fence=\"false\" stretchy=\"true\" minsize=\"1.8em\" maxsize=\"1.8em\" lspace=\"0em\" "
            "rspace=\"0em\">)</mo><mrow/></mrow><mn>2</mn></msup></mrow>");
}

TEST(Mathml, TableCellsSayTheirAlignment) {
  // Chromium ignores <mtable columnalign>: each cell carries it, the stylesheets honour it.
  const std::string aligned = body("\\begin{aligned}a&=b\\end{aligned}", true);
  EXPECT_NE(aligned.find("<mtable columnalign=\"right left\" columnspacing=\"0em\" class=\"np-align\">"), std::string::npos) << aligned;
  EXPECT_NE(aligned.find("<mtd columnalign=\"right\">"), std::string::npos) << aligned;
  EXPECT_NE(aligned.find("<mtd columnalign=\"left\">"), std::string::npos) << aligned;
  const std::string cases = body("\\begin{cases}1&x\\\\0&y\\end{cases}", true);
  std::size_t left_cells = 0;
  for (std::size_t p = 0; (p = cases.find("<mtd columnalign=\"left\">", p)) != std::string::npos; ++p) ++left_cells;
  EXPECT_EQ(left_cells, 4u) << cases;
  const std::string array = body("\\begin{array}{l|cr}a&b&c\\end{array}");
  EXPECT_NE(array.find("<mtd columnalign=\"left\"><mstyle displaystyle=\"false\" scriptlevel=\"0\"><mi>a</mi></mstyle></mtd><mtd><mstyle"),
            std::string::npos)
      << array;
  EXPECT_NE(array.find("<mtd columnalign=\"right\">"), std::string::npos) << array;
}

TEST(Mathml, PrimesStandBesideTheirBase) {
  // Math fonts draw ′ raised and small: as a superscript it shrinks and rises twice in Chromium.
  EXPECT_EQ(body("f'(x)"),
            "<mrow><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">\u2032</mo><mo stretchy=\"false\" form=\"prefix\">(</mo><mi>x</mi><mo "
            "stretchy=\"false\" form=\"postfix\">)</mo></mrow>");
  EXPECT_EQ(body("f''"),
            "<mrow><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">\u2032</mo><mo lspace=\"0em\" rspace=\"0em\">\u2032</mo></mrow>");
  EXPECT_EQ(body("f' - g"),
            "<mrow><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">\u2032</mo><mo>\u2212</mo><mi>g</mi></mrow>");  // a binary minus still
  EXPECT_EQ(body("f'^2"), "<mrow><msup><mi>f</mi><mrow><mo>\u2032</mo><mn>2</mn></mrow></msup></mrow>");  // with another script: as KaTeX
  EXPECT_EQ(body("f'_i"), "<mrow><msubsup><mi>f</mi><mi>i</mi><mo>\u2032</mo></msubsup></mrow>");
}

TEST(Mathml, NegativeSpaceIsAnMspace) {
  // KaTeX's U+2009 U+2063 text is a positive space in browsers: \{\!\{ read { {.
  EXPECT_EQ(body("a\\!b"), "<mrow><mi>a</mi><mspace width=\"-0.1667em\"/><mi>b</mi></mrow>");
}

TEST(Mathml, LimitsInADisplayedFractionAreBesideTheSum) {
  const std::string frac = body("\\frac{\\sum_i a_i}{n}", true);
  EXPECT_NE(frac.find("<msub><mo movablelimits=\"false\">\u2211</mo><mi>i</mi></msub>"), std::string::npos) << frac;
  EXPECT_NE(body("\\sum_i a_i", true).find("<munder><mo movablelimits=\"false\">\u2211</mo><mi>i</mi></munder>"), std::string::npos);
}

}  // namespace
}  // namespace np::test
