// np_bench_gen: writes a curriculum-shaped corpus for bench/run. N notes with valid front matter,
// ~800 words of prose, inline and display math that KaTeX accepts with np.yaml's macros, code
// blocks, lists, tables, relative links to headings that exist, wiki links and prerequisites on
// earlier notes, in np's layout:
//   ROOT/np.yaml, ROOT/NN-part/part.yaml, ROOT/NN-part/NN-module/module.yaml,
//   ROOT/NN-part/NN-module/<id>.md
// The corpus is a pure function of its options: one seed gives the same bytes on every machine,
// so timings of two np versions compare the same input. It must lint clean (a ctest checks it).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

// splitmix64: its output is fixed by the algorithm (std::uniform_int_distribution's is not: it
// differs between standard libraries), so a seed always gives the same corpus.
class Rng {
 public:
  Rng(std::uint64_t seed, std::uint64_t stream, std::uint64_t purpose) : state_(seed) {
    state_ = next() ^ (stream * 0xD1B54A32D192ED03ull);
    state_ = next() ^ (purpose * 0xABC98388FB8FAC03ull);
  }
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  std::size_t between(std::size_t lo, std::size_t hi) { return lo + below(hi - lo + 1); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <std::size_t N>
  std::string_view pick(const std::string_view (&words)[N]) {
    return words[below(N)];
  }

 private:
  std::uint64_t state_;
};

// --- vocabulary ------------------------------------------------------------------------------
// Plain ASCII words without Markdown syntax, so prose never turns into emphasis or links by
// accident. Slug words are lowercase letters only (ids, tags and folder names are built of them).

constexpr std::string_view kSlugWords[] = {
    "linear",   "spectral",   "kernel",    "gradient",    "convex",    "stochastic", "bayesian",   "markov",     "entropy",
    "matrix",   "tensor",     "graph",     "attention",   "sampling",  "regression", "inference",  "manifold",   "operator",
    "duality",  "dropout",    "residual",  "embedding",   "transform", "estimator",  "likelihood", "posterior",  "boosting",
    "ensemble", "clustering", "diffusion", "transformer", "retrieval", "alignment",  "tokenizer",  "pipeline",   "schema",
    "vector",   "norm",       "eigen",     "fourier",     "wavelet",   "bandit",     "policy",     "reward",     "variance",
    "bias",     "margin",     "loss",      "optimizer",   "momentum",  "precision",  "quantile",   "calibration"};

constexpr std::string_view kNouns[] = {
    "matrix",     "vector",    "estimator", "gradient",   "bound",     "distribution", "model",     "operator", "kernel",
    "sequence",   "function",  "subspace",  "basis",      "sample",    "parameter",    "algorithm", "iterate",  "constraint",
    "objective",  "variable",  "network",   "layer",      "embedding", "projection",   "norm",      "dataset",  "feature",
    "posterior",  "prior",     "estimate",  "derivative", "step",      "update",       "measure",   "process",  "signal",
    "eigenvalue", "condition", "error",     "rate",       "argument",  "theorem",      "lemma",     "proof",    "table"};

constexpr std::string_view kAdjectives[] = {
    "convex",   "smooth",    "sparse",  "orthogonal", "symmetric", "positive",  "bounded",   "linear",  "random",
    "stable",   "unbiased",  "compact", "finite",     "discrete",  "empirical", "marginal",  "optimal", "local",
    "global",   "invariant", "dense",   "noisy",      "robust",    "uniform",   "principal", "exact",   "approximate",
    "adaptive", "implicit",  "regular", "standard",   "natural",   "large",     "small",     "careful", "useful"};

constexpr std::string_view kVerbs[] = {"bounds",       "controls",   "preserves", "minimizes",  "projects",   "converges to",
                                       "approximates", "decomposes", "dominates", "improves",   "explains",   "requires",
                                       "shrinks",      "stabilizes", "describes", "determines", "limits",     "measures",
                                       "reveals",      "separates",  "smooths",   "summarizes", "transforms", "captures"};

constexpr std::string_view kAdverbs[] = {"quickly",
                                         "exactly",
                                         "uniformly",
                                         "rarely",
                                         "naturally",
                                         "slowly",
                                         "directly",
                                         "almost surely",
                                         "in practice",
                                         "in expectation",
                                         "with high probability"};

constexpr std::string_view kConnectives[] = {"In practice",     "By construction", "Conversely",  "As a consequence", "In particular",
                                             "For this reason", "More generally",  "Intuitively", "In contrast",      "Put differently"};

constexpr std::string_view kCodeTerms[] = {"np.linalg.svd", "torch.no_grad", "fit",      "predict",    "batch_size", "lr",
                                           "seed",          "X.T @ X",       "jax.grad", "df.groupby", "max_iter",   "tol"};

// Section headings: letters and spaces only, so that the GitHub anchor is the lowercase text with
// spaces turned into hyphens (slug() below), exactly what np's walker computes.
constexpr std::string_view kHeadings[] = {"Definitions and notation",
                                          "The main result",
                                          "A worked example",
                                          "Why it matters in practice",
                                          "Proof sketch",
                                          "Geometric intuition",
                                          "Connections to learning",
                                          "Computational cost",
                                          "Common pitfalls",
                                          "Numerical stability",
                                          "Special cases",
                                          "Bounds and rates",
                                          "The general case",
                                          "Assumptions",
                                          "Implementation notes",
                                          "Historical notes",
                                          "Variants",
                                          "Failure modes",
                                          "An algorithmic view",
                                          "Relation to earlier notes",
                                          "Choosing the parameters",
                                          "Diagnostics",
                                          "A probabilistic view",
                                          "Limits of the method",
                                          "Scaling up",
                                          "Exercises"};

// TeX that KaTeX renders with np.yaml's macros (checked with scripts/katex/check-notes.mjs).
// '@' is replaced by a random vector name, '#' by a random matrix name.
constexpr std::string_view kInlineMath[] = {"@ \\in \\R^{n}",
                                            "\\norm{@}_2",
                                            "\\E[X] = \\mu",
                                            "\\inner{@}{x}",
                                            "#^\\T #",
                                            "\\lambda_{\\max}(#)",
                                            "O(n \\log n)",
                                            "\\sigma^2",
                                            "\\KL(p \\parallel q)",
                                            "\\nabla f(@)",
                                            "p(@ \\mid \\theta)",
                                            "\\rank # \\le k",
                                            "\\tr(#)",
                                            "\\alpha \\in (0, 1)",
                                            "\\abs{x_i - y_i}",
                                            "\\Var[X]",
                                            "\\argmin_{\\theta} L(\\theta)",
                                            "\\mathcal{O}(1/\\sqrt{n})",
                                            "f: \\R^n \\to \\R",
                                            "\\epsilon > 0",
                                            "x_i \\iid \\mathcal{N}(0, 1)",
                                            "# \\succeq 0",
                                            "\\kappa(#) = \\sigma_1 / \\sigma_n",
                                            "\\eta_t = 1/\\sqrt{t}",
                                            "\\diag(#)"};

constexpr std::string_view kDisplayMath[] = {
    "# = U \\Sigma V^\\T = \\sum_{i=1}^{r} \\sigma_i u_i v_i^\\T",
    "\\E[X] = \\int_{\\R} x \\, p(x) \\, \\dd x",
    "\\theta_{t+1} = \\theta_t - \\eta \\nabla L(\\theta_t)",
    "\\KL(p \\parallel q) = \\sum_{x} p(x) \\log \\frac{p(x)}{q(x)} \\ge 0",
    "\\norm{# @}_2 \\le \\norm{#}_2 \\norm{@}_2",
    "\\Prob\\left( \\abs{\\bar{X}_n - \\mu} \\ge \\epsilon \\right) \\le 2 \\exp\\left( -\\frac{2 n \\epsilon^2}{(b - a)^2} \\right)",
    "\\begin{aligned} f(@) &= \\tfrac{1}{2} @^\\T # @ - b^\\T @ \\\\ \\nabla f(@) &= # @ - b \\end{aligned}",
    "\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}",
    "\\hat{\\theta} = \\argmax_{\\theta} \\sum_{i=1}^{n} \\log p(x_i \\mid \\theta)",
    "\\Var[X] = \\E[X^2] - \\E[X]^2",
    "\\min_{@ \\in \\R^n} \\; \\norm{# @ - b}_2^2 + \\lambda \\norm{@}_1",
    "\\mathcal{L}(@, \\nu) = f_0(@) + \\sum_{i=1}^{m} \\nu_i h_i(@)"};

constexpr std::string_view kVectorNames[] = {"x", "y", "z", "u", "v", "w"};
constexpr std::string_view kMatrixNames[] = {"A", "B", "M", "W", "K", "H"};

constexpr std::string_view kTags[] = {"linear-algebra", "probability", "optimization", "statistics", "deep-learning", "information-theory",
                                      "numerics",       "data",        "theory",       "practice",   "llm",           "evaluation"};

constexpr std::string_view kPartTitles[] = {"Foundations", "Mathematics", "Machine Learning", "Modern AI", "Measurement", "Systems"};

// --- layout ----------------------------------------------------------------------------------

struct Options {
  std::size_t notes = 1000;
  std::string out;
  std::uint64_t seed = 20261124;
  std::size_t notes_per_module = 20;
  std::size_t modules_per_part = 10;
  std::size_t words = 800;
};

struct NotePlan {
  std::string id;
  std::string title;
  std::vector<std::string> headings;  // the ## sections, in order
  std::size_t module = 0;
  std::size_t order = 0;  // 1-based within its module
};

struct ModulePlan {
  std::string dir;  // relative to the root: NN-part/NN-module
  std::string title;
  std::size_t part = 0;
};

struct PartPlan {
  std::string dir;
  std::string title;
};

struct Plan {
  std::vector<PartPlan> parts;
  std::vector<ModulePlan> modules;
  std::vector<NotePlan> notes;
};

std::string capitalized(std::string_view word) {
  std::string s(word);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string numbered(std::size_t number, std::string_view slug) {
  char prefix[24];
  std::snprintf(prefix, sizeof prefix, "%02zu-", number);
  return prefix + std::string(slug);
}

// GitHub's anchor for the headings above (ASCII letters and spaces only).
std::string slug(std::string_view heading) {
  std::string s;
  for (const char c : heading) s += c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// Purposes of the per-note random streams: the plan and the body draw from separate streams, so
// changing how a body is written never changes ids or headings.
enum Stream : std::uint64_t { kPlanStream = 1, kBodyStream = 2, kModuleStream = 3, kFrontMatterStream = 4 };

Plan make_plan(const Options& o) {
  Plan plan;
  const std::size_t module_count = (o.notes + o.notes_per_module - 1) / o.notes_per_module;
  const std::size_t part_count = (module_count + o.modules_per_part - 1) / o.modules_per_part;
  for (std::size_t p = 0; p < part_count; ++p) {
    const std::string_view title = kPartTitles[p % std::size(kPartTitles)];
    std::string part_slug;
    for (const char c : title) part_slug += c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    plan.parts.push_back(
        {numbered(p + 1, part_slug), std::string(title) + (p < std::size(kPartTitles) ? "" : " " + std::to_string(p + 1))});
  }
  for (std::size_t m = 0; m < module_count; ++m) {
    Rng rng(o.seed, m, kModuleStream);
    const std::string_view a = rng.pick(kSlugWords), b = rng.pick(kSlugWords);
    const std::size_t part = m / o.modules_per_part;
    plan.modules.push_back({plan.parts[part].dir + "/" + numbered(m + 1, std::string(a) + "-" + std::string(b)),
                            capitalized(a) + " and " + capitalized(b), part});
  }
  for (std::size_t i = 0; i < o.notes; ++i) {
    Rng rng(o.seed, i, kPlanStream);
    NotePlan n;
    const std::string_view a = rng.pick(kSlugWords), b = rng.pick(kSlugWords), c = rng.pick(kSlugWords);
    // The index keeps ids unique however the words fall.
    n.id = std::string(a) + "-" + std::string(b) + "-" + std::to_string(i + 1);
    n.title = capitalized(a) + " " + std::string(b) + " for " + std::string(c) + " models";
    n.module = i / o.notes_per_module;
    n.order = i % o.notes_per_module + 1;
    // 5-7 distinct sections, drawn without replacement so that anchors are unique in the note.
    std::vector<std::string_view> pool(std::begin(kHeadings), std::end(kHeadings));
    for (std::size_t k = rng.between(5, 7); k > 0; --k) {
      const std::size_t j = rng.below(pool.size());
      n.headings.emplace_back(pool[j]);
      pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(j));
    }
    plan.notes.push_back(std::move(n));
  }
  return plan;
}

// The path of note `to` relative to the folder of note `from`.
std::string relative_path(const Plan& plan, const NotePlan& from, const NotePlan& to) {
  const ModulePlan& a = plan.modules[from.module];
  const ModulePlan& b = plan.modules[to.module];
  const std::string file = to.id + ".md";
  if (from.module == to.module) return file;
  const std::string module_dir = b.dir.substr(b.dir.rfind('/') + 1);
  if (a.part == b.part) return "../" + module_dir + "/" + file;
  return "../../" + b.dir + "/" + file;
}

// --- note bodies -----------------------------------------------------------------------------

struct BodyWriter {
  const Plan& plan;
  const Options& options;
  std::size_t index;  // of the note being written
  Rng rng;
  std::string out;
  std::size_t words = 0;  // prose words written so far, counted as np counts them (roughly)
  bool summary_heading = false;

  std::string math(std::string_view tex) {
    std::string s;
    const std::string_view vec = rng.pick(kVectorNames), mat = rng.pick(kMatrixNames);
    for (const char c : tex) s += c == '@' ? std::string(vec) : c == '#' ? std::string(mat) : std::string(1, c);
    return s;
  }

  // Appends a token, separated from the previous one by a space unless it starts a line.
  void put(std::string_view token, std::size_t counted_words) {
    if (!out.empty() && out.back() != '\n') out += ' ';
    out += token;
    words += counted_words;
  }
  void word(std::string_view w) { put(w, 1 + static_cast<std::size_t>(std::count(w.begin(), w.end(), ' '))); }

  // One sentence of 8-20 words, now and then with inline math, code or emphasis.
  void sentence() {
    if (rng.below(5) == 0) {
      word(std::string(rng.pick(kConnectives)) + ",");
      word("the");
    } else {
      word(rng.chance(50) ? "The" : "Every");
    }
    word(rng.pick(kAdjectives));
    word(rng.pick(kNouns));
    if (rng.chance(25)) put("$" + math(rng.pick(kInlineMath)) + "$", 0);
    word(rng.pick(kVerbs));
    word("the");
    if (rng.chance(12))
      put("**" + std::string(rng.pick(kNouns)) + "**", 1);
    else
      word(rng.pick(kNouns));
    word("of");
    const std::string_view adjective = rng.pick(kAdjectives);
    word(rng.chance(50) ? (std::string_view("aeiou").find(adjective[0]) == std::string_view::npos ? "a" : "an") : "each");
    if (rng.chance(10))
      put("*" + std::string(adjective) + "*", 1);
    else
      word(adjective);
    word(rng.pick(kNouns));
    if (rng.chance(40)) {
      word(rng.chance(50) ? "when" : "because");
      word("the");
      word(rng.pick(kNouns));
      word(rng.chance(50) ? "is" : "stays");
      word(rng.pick(kAdjectives));
    }
    if (rng.chance(10)) {
      word("with");
      put("`" + std::string(rng.pick(kCodeTerms)) + "`", 0);
    }
    if (rng.chance(30)) word(rng.pick(kAdverbs));
    out += '.';
  }

  // A relative link to a heading of another note near this one in reading order.
  void link_sentence() {
    const NotePlan& from = plan.notes[index];
    const std::size_t lo = index >= 100 ? index - 100 : 0;
    const std::size_t hi = std::min(plan.notes.size() - 1, index + 100);
    std::size_t target = lo + rng.below(hi - lo + 1);
    if (target == index) target = index == hi ? lo : index + 1;
    if (target == index) return;  // a one-note corpus has nothing to link to
    const NotePlan& to = plan.notes[target];
    const std::string& heading = to.headings[rng.below(to.headings.size())];
    word("See");
    const std::string text = heading + " in " + to.title;
    put("[" + text + "](" + relative_path(plan, from, to) + "#" + slug(heading) + ")",
        1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')));
    word("for the");
    word(rng.pick(kAdjectives));
    word("details.");
  }

  // A wiki link, usually to an earlier note. The introduction's goes to the note just before (the first
  // note's to the last), so that every note is linked from somewhere (np's link-orphan).
  void wiki_sentence(bool previous) {
    const std::size_t count = plan.notes.size();
    if (count == 1) return;
    const std::size_t target = index == 0 ? (previous ? count - 1 : 1 + rng.below(count - 1))
                               : previous ? index - 1
                                          : index - 1 - rng.below(std::min<std::size_t>(index, 50));
    word("Compare");
    put("[[" + plan.notes[target].id + "]]", 1);
    word("which uses the same");
    word(std::string(rng.pick(kNouns)) + ".");
  }

  // Sentences until about target_words: it stops when another sentence (some 15 words) would
  // overshoot by more than half.
  void paragraph(std::size_t target_words, bool with_link, bool with_wiki, bool wiki_to_previous = false) {
    const std::size_t start = words;
    out += '\n';
    do {
      if (words > start && rng.chance(20)) out += '\n';  // a soft line break now and then
      sentence();
      if (with_link && words - start >= target_words / 2) {
        link_sentence();
        with_link = false;
      }
    } while (words - start + 7 < target_words);
    if (with_link) link_sentence();
    if (with_wiki) wiki_sentence(wiki_to_previous);
    out += '\n';
  }

  void display_math() { out += "\n$$\n" + math(rng.pick(kDisplayMath)) + "\n$$\n"; }

  void code_block() {
    const std::string f(rng.pick(kSlugWords));
    const std::string g(rng.pick(kNouns));
    out += "\n```python\nimport numpy as np\n\n\ndef " + f + "_" + g + "(x, w, steps=" + std::to_string(rng.between(10, 500)) + "):\n";
    out += "    \"\"\"Runs the " + f + " update on x and returns the last " + g + ".\"\"\"\n";
    out += "    for _ in range(steps):\n        x = x - 0.01 * (w.T @ (w @ x))\n";
    out += "    return np.linalg.norm(x) if x.ndim == 1 else x\n```\n";
  }

  void list() {
    out += '\n';
    const bool ordered = rng.chance(40);
    const std::size_t items = rng.between(3, 5);
    for (std::size_t k = 1; k <= items; ++k) {
      out += ordered ? std::to_string(k) + "." : "-";
      sentence();
      out += '\n';
    }
  }

  void table() {
    out += "\n| Method | Cost per step | Typical use |\n| --- | --- | --- |\n";
    words += 6;
    for (std::size_t k = rng.between(2, 4); k > 0; --k) {
      out += "| " + capitalized(rng.pick(kSlugWords)) + " " + std::string(rng.pick(kNouns)) + " | " + std::to_string(rng.between(1, 9)) +
             " matrix products | " + capitalized(rng.pick(kAdjectives)) + " " + std::string(rng.pick(kNouns)) + "s |\n";
      words += 7;
    }
  }

  void quote() {
    out += "\n> **Note.**";
    ++words;
    sentence();
    out += '\n';
  }

  void section(const std::string& heading, std::size_t budget, bool first) {
    const std::size_t end = words + budget;
    out += "\n## " + heading + "\n";
    words += 1 + static_cast<std::size_t>(std::count(heading.begin(), heading.end(), ' '));
    paragraph(budget / 2, true, first);
    if (rng.chance(55)) display_math();
    if (rng.chance(30)) code_block();
    if (rng.chance(30)) list();
    if (rng.chance(12)) table();
    if (rng.chance(12)) quote();
    // One sub-heading per note at most: a repeated heading text would be a second anchor.
    if (!summary_heading && rng.chance(20)) {
      out += "\n### In short\n";
      words += 2;
      summary_heading = true;
    }
    if (words < end) paragraph(end - words, rng.chance(50), false);
  }

  void write() {
    const NotePlan& n = plan.notes[index];
    const std::size_t intro = options.words / 8;
    paragraph(intro, false, true, true);
    const std::size_t budget = (options.words - std::min(options.words, intro)) / n.headings.size();
    for (std::size_t s = 0; s < n.headings.size(); ++s) section(n.headings[s], budget, s == 0);
  }
};

std::string front_matter(const Plan& plan, const Options& o, std::size_t index) {
  const NotePlan& n = plan.notes[index];
  Rng rng(o.seed, index, kFrontMatterStream);
  std::string s = "---\nid: " + n.id + "\ntitle: \"" + n.title + "\"\norder: " + std::to_string(n.order) + "\n";
  const bool last_of_module = index + 1 == plan.notes.size() || plan.notes[index + 1].module != n.module;
  s += std::string("kind: ") + (last_of_module && n.order > 1 ? "bridge" : "note") + "\n";
  // No drafts: a published note that links to a draft is a finding (np's link-to-draft).
  s += std::string("status: ") + (rng.chance(85) ? "published" : "review") + "\n";
  // Prerequisites are earlier notes, so that they never form a cycle.
  s += "prerequisites: [";
  std::vector<std::size_t> chosen;
  for (std::size_t k = std::min<std::size_t>(index, rng.below(4)); k > 0; --k) {
    const std::size_t p = index - 1 - rng.below(std::min<std::size_t>(index, 40));
    if (std::find(chosen.begin(), chosen.end(), p) != chosen.end()) continue;
    s += (chosen.empty() ? "" : ", ") + plan.notes[p].id;
    chosen.push_back(p);
  }
  s += "]\ntags: [";
  const std::size_t first_tag = rng.below(std::size(kTags));
  const std::size_t tag_count = rng.between(1, 3);
  for (std::size_t k = 0; k < tag_count; ++k) s += (k ? ", " : "") + std::string(kTags[(first_tag + k * 5) % std::size(kTags)]);
  s += "]\nsummary: \"How the " + std::string(rng.pick(kAdjectives)) + " " + std::string(rng.pick(kNouns)) + " " +
       std::string(rng.pick(kVerbs)) + " the " + std::string(rng.pick(kNouns)) + ", with proofs, code and the pitfalls that matter.\"\n";
  char date[16];
  std::snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 2025 + rng.below(2), 1 + rng.below(12), 1 + rng.below(28));
  s += "updated: " + std::string(date) + "\n---\n";
  return s;
}

// --- files -----------------------------------------------------------------------------------

constexpr std::string_view kNpYaml = R"(# A generated benchmark curriculum (bench/generate_corpus.cc); not real content.
book:
  title: np benchmark corpus
  language: en
  description: Generated notes for timing np lint.

lint:
  rules: {}

katex:
  macros:
    '\R': '\mathbb{R}'
    '\E': '\mathbb{E}'
    '\Prob': '\mathbb{P}'
    '\Var': '\operatorname{Var}'
    '\KL': 'D_{\mathrm{KL}}'
    '\tr': '\operatorname{tr}'
    '\rank': '\operatorname{rank}'
    '\diag': '\operatorname{diag}'
    '\argmin': '\operatorname*{arg\,min}'
    '\argmax': '\operatorname*{arg\,max}'
    '\abs': '\left\lvert #1 \right\rvert'
    '\norm': '\left\lVert #1 \right\rVert'
    '\inner': '\langle #1, #2 \rangle'
    '\T': '{\top}'
    '\dd': '\mathrm{d}'
    '\iid': '\overset{\text{iid}}{\sim}'
)";

void write_file(const fs::path& path, std::string_view text) {
  std::ofstream f(path, std::ios::binary);
  f.write(text.data(), static_cast<std::streamsize>(text.size()));
  f.close();
  if (!f) throw std::runtime_error("cannot write '" + path.string() + "'");
}

void write_corpus(const Plan& plan, const Options& o) {
  const fs::path root(o.out);
  fs::create_directories(root);
  write_file(root / "np.yaml", std::string(kNpYaml) + "\nexpect:\n  notes: " + std::to_string(plan.notes.size()) + "\n  modules: " +
                                   std::to_string(plan.modules.size()) + "\n  parts: " + std::to_string(plan.parts.size()) + "\n");
  for (std::size_t p = 0; p < plan.parts.size(); ++p) {
    fs::create_directories(root / plan.parts[p].dir);
    write_file(root / plan.parts[p].dir / "part.yaml", "order: " + std::to_string(p + 1) + "\ntitle: \"" + plan.parts[p].title + "\"\n");
  }
  for (std::size_t m = 0; m < plan.modules.size(); ++m) {
    fs::create_directories(root / plan.modules[m].dir);
    write_file(root / plan.modules[m].dir / "module.yaml", "number: " + std::to_string(m + 1) + "\ntitle: \"" + plan.modules[m].title +
                                                               "\"\nsummary: \"Generated notes about " + plan.modules[m].title + ".\"\n");
  }
  for (std::size_t i = 0; i < plan.notes.size(); ++i) {
    BodyWriter body{plan, o, i, Rng(o.seed, i, kBodyStream), {}, 0, false};
    body.write();
    write_file(root / plan.modules[plan.notes[i].module].dir / (plan.notes[i].id + ".md"), front_matter(plan, o, i) + body.out);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"np_bench_gen: write a deterministic curriculum-shaped corpus for benchmarks"};
  Options o;
  app.add_option("out", o.out, "Folder to create (must not exist or be empty)")->required();
  app.add_option("-n,--notes", o.notes, "Number of notes")->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}));
  app.add_option("--seed", o.seed, "Random seed (the same seed writes the same corpus)");
  app.add_option("--notes-per-module", o.notes_per_module)->check(CLI::Range(std::size_t{1}, std::size_t{1000}));
  app.add_option("--modules-per-part", o.modules_per_part)->check(CLI::Range(std::size_t{1}, std::size_t{1000}));
  app.add_option("--words", o.words, "Prose words per note (about)")->check(CLI::Range(std::size_t{50}, std::size_t{100'000}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    // Refuses a folder with files in it: the corpus must be exactly what the options say, and a
    // mistyped path must never write notes into a real curriculum.
    if (fs::exists(o.out) && !(fs::is_directory(o.out) && fs::is_empty(o.out))) {
      std::cerr << "np_bench_gen: '" << o.out << "' exists and is not an empty folder\n";
      return 2;
    }
    const Plan plan = make_plan(o);
    // Module numbers are written in at most 4 digits by np's folder-name rule.
    if (plan.modules.size() > 9999 || plan.parts.size() > 9999) {
      std::cerr << "np_bench_gen: too many modules (" << plan.modules.size() << "); raise --notes-per-module\n";
      return 2;
    }
    write_corpus(plan, o);
    std::cout << "np_bench_gen: " << plan.notes.size() << " notes in " << plan.modules.size() << " modules and " << plan.parts.size()
              << " parts under " << o.out << "\n";
  } catch (const std::exception& e) {
    std::cerr << "np_bench_gen: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
