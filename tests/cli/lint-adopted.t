# Issue 20: what an EPUB of notes converted from a blog would drop or degrade, lint reports first,
# each at file:line:col with a rule id: raw HTML shown as source (html-left-out), template tags
# (link-template-syntax), "$5 and $10" read as prices and $$...$$ inside a sentence read as inline
# math (math-dollar-ambiguous). Without --force the broken one (a missing image) is not exported.
$ np lint --root tests/fixtures/export/adopted; echo "exit $?"; np export epub --root tests/fixtures/export/adopted-broken --out $TMP/b.epub; echo "exit $?"; test -e $TMP/b.epub || echo "no EPUB written"
--- stdout
tests/fixtures/export/adopted/01-borrowed/01-posts/anchors.md:15:71: warning: raw HTML '<sub>' is not rendered in the EPUB, the site or the LaTeX book (the EPUB and the site show its source as code) [html-left-out]
 15 | <span id="remark">A remark that other notes link to.</span> Water is H<sub>2</sub>O.
    |                                                                       ^~~~~
  hint: write it in Markdown (*emphasis*, **strong**, `code`, $H_2O$ for sub- and superscripts)
tests/fixtures/export/adopted/01-borrowed/01-posts/anchors.md:15:77: warning: raw HTML '</sub>' is not rendered in the EPUB, the site or the LaTeX book (the EPUB and the site show its source as code) [html-left-out]
 15 | <span id="remark">A remark that other notes link to.</span> Water is H<sub>2</sub>O.
    |                                                                             ^~~~~~
  hint: write it in Markdown (*emphasis*, **strong**, `code`, $H_2O$ for sub- and superscripts)
tests/fixtures/export/adopted/01-borrowed/01-posts/anchors.md:22:1: warning: raw HTML '<table>' is not rendered in the EPUB, the site or the LaTeX book (the EPUB and the site show its source as a code block) [html-left-out]
 22 | <table>
    | ^
  hint: write it in Markdown (a table with | cells |, an image with ![alt](path)), or keep it as a comment <!-- -->
tests/fixtures/export/adopted/01-borrowed/01-posts/anchors.md:28:7: warning: raw HTML '<br>' is not rendered in the EPUB, the site or the LaTeX book (the EPUB and the site show its source as code) [html-left-out]
 28 | A line<br>break, and [back to the top](#DPR).
    |       ^~~~
  hint: write it in Markdown (*emphasis*, **strong**, `code`, $H_2O$ for sub- and superscripts)
tests/fixtures/export/adopted/01-borrowed/01-posts/dollars.md:2:5: warning: published note 'dollars' is not linked from any other note, and no note lists it as a prerequisite [link-orphan]
 2 | id: dollars
   |     ^~~~~~~
  hint: link to it from a related note, or list it in the prerequisites of a note that builds on it
tests/fixtures/export/adopted/01-borrowed/01-posts/dollars.md:12:16: warning: np (like pandoc) reads these '$' as dollar signs and writes '$5 and $' as text; md4c and GitHub read a formula [math-dollar-ambiguous]
 12 | The plan costs $5 and $10 for the pro plan; the loss $$L(w) = \lVert Xw - y \rVert^2$$ is
    |                ^~~~~~~~
  hint: write \$ for a dollar sign; a formula has no space after its opening '$' or before its closing one, and no digit after it
tests/fixtures/export/adopted/01-borrowed/01-posts/dollars.md:12:54: warning: '$$' inside a sentence: np writes an inline formula (as kramdown does); md4c and GitHub show a display formula [math-dollar-ambiguous]
 12 | The plan costs $5 and $10 for the pro plan; the loss $$L(w) = \lVert Xw - y \rVert^2$$ is
    |                                                      ^~
  hint: write $...$ for a formula in the sentence, or put $$...$$ in a paragraph of its own for a display formula
tests/fixtures/export/adopted/01-borrowed/01-posts/links.md:2:5: warning: published note 'links' is not linked from any other note, and no note lists it as a prerequisite [link-orphan]
 2 | id: links
   |     ^~~~~
  hint: link to it from a related note, or list it in the prerequisites of a note that builds on it
tests/fixtures/export/adopted/01-borrowed/01-posts/links.md:21:15: warning: template syntax '{{ "/assets/loss.png" | relative_url }}' is not expanded: every output shows it as text, never as the link or image it stands for [link-template-syntax]
 21 | ![Loss curve]({{ "/assets/loss.png" | relative_url }}) and
    |               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: write the path itself: ![plot](figures/plot.png), [post](../01-intro/intro.md); put template syntax meant as text in `code`
tests/fixtures/export/adopted/01-borrowed/01-posts/links.md:22:20: warning: template syntax '{% post_url 2019-05-01-intro %}' is not expanded: every output shows it as text, never as the link or image it stands for [link-template-syntax]
 22 | [the earlier post]({% post_url 2019-05-01-intro %}).
    |                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: write the path itself: ![plot](figures/plot.png), [post](../01-intro/intro.md); put template syntax meant as text in `code`

0 errors, 10 warnings in 3 files (5 files checked)
exit 0
exit 1
no EPUB written
--- stderr
tests/fixtures/export/adopted-broken/01-borrowed/01-posts/broken.md:12:35: error: image 'figures/missing.png' does not exist ('01-borrowed/01-posts/figures/missing.png' from the curriculum root) [link-missing-asset]
 12 | ![a figure that was never copied](figures/missing.png)
    |                                   ^~~~~~~~~~~~~~~~~~~
tests/fixtures/export/adopted-broken/01-borrowed/01-posts/broken.md:14:21: warning: anchor 'section 2' cannot be an id in the EPUB or the site: it is left out, and links to it go nowhere [html-left-out]
 14 | The section<a name="section 2"></a> is linked [from here](#section 2) and
    |                     ^~~~~~~~~
  hint: name anchors with letters, digits, '-', '_' and '.': <a id="dense-retrieval"></a>
tests/fixtures/export/adopted-broken/01-borrowed/01-posts/broken.md:15:17: error: link to '#section%202': this note has no heading or HTML id with anchor '#section 2' [link-missing-anchor]
 15 | [from here too](#section%202).
    |                 ^~~~~~~~~~~~
  hint: the note has no headings
tests/fixtures/export/adopted-broken/01-borrowed/01-posts/broken.md:17:13: error: malformed URL 'https://example.org/search?q=a b': it contains a space (write %20) [link-external-syntax]
 17 | A [search](<https://example.org/search?q=a b>) with a space in its URL.
    |             ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
np: export stopped: np lint found 3 errors (fix them, or pass --force)
--- exit 0
