# np help [COMMAND], and "did you mean" for a mistyped command.
$ np help | head -2; np help lint | head -2; np lnit; echo "exit $?"; np help xyzzy; echo "exit $?"
--- stdout
np: lint, count and export the Neural-Path curriculum
Usage: np [OPTIONS] SUBCOMMAND
Check front matter, structure, links and math; report file:line:col diagnostics
Usage: lint [OPTIONS] [paths...]
exit 2
exit 2
--- stderr
np: unknown command 'lnit'; did you mean 'lint'?
np: the commands are lint, explain, graph, stats, test, serve, export (np help COMMAND)
np: unknown command 'xyzzy'
np: the commands are lint, explain, graph, stats, test, serve, export (np help COMMAND)
--- exit 0
