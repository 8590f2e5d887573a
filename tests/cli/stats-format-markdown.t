# The Markdown table, ready to paste into a README.
$ np stats --root tests/fixtures/stats/curriculum --format markdown
--- stdout
**Stats Fixture**: 4 notes, 3 modules, 2 parts; 53 words, 3 min of reading; drafts excluded: 1 draft note not counted (--include-drafts counts it).

| Part / module | Notes | Status: published | Status: review | Kind: note | Kind: bridge | Words | Reading time | Inline formulas | Display formulas | Code blocks | Internal links | External links | Prerequisites | Longest chain |
| :-- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |
| **01 Foundations** | **3** | **2** | **1** | **2** | **1** | **41** | **3 min** | **2** | **2** | **4** | **3** | **3** | **3** | **3** |
| 01 Linear Algebra | 2 | 2 | 0 | 1 | 1 | 28 | 2 min | 1 | 2 | 2 | 2 | 3 | 1 | 2 |
| 02 Probability, Briefly | 1 | 0 | 1 | 1 | 0 | 13 | 2 min | 1 | 0 | 2 | 1 | 0 | 2 | 3 |
| **02 Practice** | **1** | **0** | **1** | **1** | **0** | **12** | **1 min** | **1** | **0** | **0** | **2** | **0** | **2** | **4** |
| 03 Évaluation & Métriques | 1 | 0 | 1 | 1 | 0 | 12 | 1 min | 1 | 0 | 0 | 2 | 0 | 2 | 4 |
| **Total** | **4** | **2** | **2** | **3** | **1** | **53** | **3 min** | **3** | **2** | **4** | **5** | **3** | **5** | **4** |

Code blocks by language: (none) 2, bash 1, python 1.

Module requirements: `ANTHROPIC_API_KEY` (03 Évaluation & Métriques); `OPENAI_API_KEY` (02 Probability, Briefly, 03 Évaluation & Métriques).

Longest prerequisite chain: 4 notes: vectors → matrices → events → metrics.

Reading time: 200 words a minute, plus 20 s per display formula and 30 s per code block.
--- exit 0
