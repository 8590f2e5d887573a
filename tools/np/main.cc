// np: the Neural-Path content toolchain. Binds subcommands; one error path for all of them.
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "np/did_you_mean.h"

int main(int argc, char** argv) {
  using namespace np::cli;
  CLI::App app{"np: lint, count and export the Neural-Path curriculum", "np"};
  app.set_version_flag("--version", std::string("np ") + NP_VERSION);
  app.require_subcommand(1);

  LintOptions lint;
  ExplainOptions explain;
  GraphOptions graph;
  StatsOptions stats;
  struct Subcommand {
    const char* name;
    const char* description;
    std::function<void(CLI::App&)> setup;
    std::function<int()> run;
  };
  ExportOptions exporting;
  TestOptions testing;
  ServeOptions serving;
  const std::vector<Subcommand> subcommands = {
      {"lint", "Check front matter, structure, links and math; report file:line:col diagnostics", [&](CLI::App& a) { setup_lint(a, lint); },
       [&] { return run_lint(lint); }},
      {"explain", "Print a rule's documentation", [&](CLI::App& a) { setup_explain(a, explain); }, [&] { return run_explain(explain); }},
      {"graph", "Print the prerequisite graph as DOT, Mermaid or JSON", [&](CLI::App& a) { setup_graph(a, graph); },
       [&] { return run_graph(graph); }},
      {"stats", "Count notes, words, reading time, formulas, code, links and prerequisites; badges; check np.yaml's expect",
       [&](CLI::App& a) { setup_stats(a, stats); }, [&] { return run_stats(stats); }},
      {"test", "Run the notes' python code blocks and check their output blocks", [&](CLI::App& a) { setup_test(a, testing); },
       [&] { return run_test(testing); }},
      {"serve", "Preview the site on 127.0.0.1, rebuilt and reloaded as you edit", [&](CLI::App& a) { setup_serve(a, serving); },
       [&] { return run_serve(serving); }},
      {"export", "Export the curriculum: json, epub, latex, site, or an external np-export-NAME plugin",
       [&](CLI::App& a) { setup_export(a, exporting); }, [&] { return run_export(exporting); }},
  };
  for (const auto& s : subcommands) s.setup(*app.add_subcommand(s.name, s.description));
  app.footer("Run 'np help COMMAND' (or 'np COMMAND --help') for a command's options.");

  // `np help [COMMAND]`, and "did you mean" for a mistyped command, before CLI11 sees them.
  std::vector<std::string> names;
  for (const auto& s : subcommands) names.emplace_back(s.name);
  const auto unknown_command = [&](const std::string& name) {
    const std::string guess = np::closest_match(name, names);
    std::cerr << "np: unknown command '" << name << "'" << (guess.empty() ? "" : "; " + np::did_you_mean(guess)) << "\n"
              << "np: the commands are " <<
        [&] {
          std::string list;
          for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
          return list;
        }() << " (np help COMMAND)\n";
    return kExitUsage;
  };
  if (argc == 1) {
    std::cerr << app.help();
    return kExitUsage;
  }
  if (std::string(argv[1]) == "help") {
    if (argc == 2) {
      std::cout << app.help();
      return kExitClean;
    }
    const std::string name = argv[2];
    if (std::find(names.begin(), names.end(), name) == names.end()) return unknown_command(name);
    std::cout << app.get_subcommand(name)->help();
    return kExitClean;
  }
  if (argv[1][0] != '-' && std::find(names.begin(), names.end(), std::string(argv[1])) == names.end()) return unknown_command(argv[1]);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  try {
    for (const auto& s : subcommands)
      if (app.got_subcommand(s.name)) return s.run();
  } catch (const UsageError& e) {
    std::cerr << "np: " << e.what() << "\n";
    return kExitUsage;
  } catch (const std::exception& e) {
    // A bug, never the content's fault: content problems are diagnostics.
    std::cerr << "np: internal error: " << e.what() << "\n";
    return kExitUsage;
  }
  return kExitUsage;
}
