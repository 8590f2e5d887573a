# Everything one note needs, transitively, as Mermaid.
$ np graph --root tests/fixtures/graph/curriculum --focus hessians --format mermaid
--- stdout
flowchart LR
  subgraph m0["1. Vectors & Matrices"]
    n0["Vectors"]
    n1["Matrices #quot;and#quot; maps"]
  end
  subgraph m1["2. Calculus"]
    n3["Derivatives #35;1"]
    n4["Gradients"]
    n5["Hessians"]
  end
  n0 --> n1
  n0 --> n4
  n3 --> n4
  n1 --> n5
  n3 --> n5
  n4 --> n5
--- exit 0
