# The prerequisite graph of one module as DOT: its notes in a cluster, the prerequisites it takes from other modules dashed.
$ np graph --root tests/fixtures/graph/curriculum --module 02-calculus
--- stdout
digraph prerequisites {
  rankdir=LR;
  node [shape=box, style=rounded];
  subgraph "cluster_01-basics/02-calculus" {
    label="2. Calculus";
    "derivatives" [label="Derivatives #1"];
    "gradients" [label="Gradients"];
    "hessians" [label="Hessians"];
  }
  "vectors" [label="Vectors", style="rounded,dashed"];
  "matrices" [label="Matrices \"and\" maps", style="rounded,dashed"];
  "vectors" -> "gradients";
  "derivatives" -> "gradients";
  "matrices" -> "hessians";
  "derivatives" -> "hessians";
  "gradients" -> "hessians";
}
--- exit 0
