// A deterministic synthetic papers.yaml for the benchmark: realistic-looking titles, 2–12 authors
// with affiliations, abstracts of about 200 words, types and awards from the edition's cfp.yaml.
import { stringify } from "yaml";

/** A small seeded generator (mulberry32): the same seed always gives the same papers. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ["Ada", "Bruno", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Aiko", "Björn", "Chiara", "Diego"];
const FAMILY = ["Okafor", "Lindqvist", "Zhang", "Moreau", "Kowalski", "Haddad", "Tanaka", "Silva", "Novak", "Ibrahim", "Fischer", "Rossi", "Nguyen", "Kaur", "O'Brien", "Petrov", "García", "Mensah", "Jensen", "Park", "Haas", "Costa", "Yilmaz", "Dubois", "Müller", "Sato", "Ahmed", "Larsen", "Ortiz", "Cohen"];
const PLACES = ["Northfield University", "Institute of Software Research", "Lakeside Technical University", "Harbor Labs", "Central Polytechnic", "University of the Coast", "Open Code Foundation", "Meridian Research", "Alpine Institute of Technology", "Riverbend College"];
const SUBJECTS = ["Code Generation", "Program Repair", "Test Generation", "Code Review", "Vulnerability Detection", "Code Summarization", "Fuzzing", "Type Inference", "Commit Message Generation", "Code Search", "Refactoring", "Static Analysis"];
const METHODS = ["Retrieval-Augmented Prompting", "Execution Feedback", "Self-Debugging", "Instruction Tuning", "Contrastive Learning", "Chain-of-Thought Reasoning", "Small Language Models", "Multi-Agent Collaboration", "Reinforcement Learning", "Curriculum Fine-Tuning"];
const SHAPES = [
  (s: string, m: string) => `${m} for ${s}`,
  (s: string, m: string) => `On the Limits of ${m} in ${s}`,
  (s: string, m: string) => `An Empirical Study of ${s} with ${m}`,
  (s: string, m: string) => `Towards Reliable ${s}: ${m} at Scale`,
  (s: string, m: string) => `${s} Revisited: What ${m} Can and Cannot Do`,
];
const SENTENCES = [
  "Large language models are increasingly used to support {s} in everyday software development.",
  "However, their outputs are often plausible but wrong, and developers struggle to tell the difference.",
  "We present an approach that combines {m} with lightweight program analysis to guide the model.",
  "Our evaluation covers several open-source projects written in Python, Java and Rust.",
  "Compared with strong baselines, the approach improves accuracy while keeping the cost of inference low.",
  "We also report on a study with practitioners who used the tool during their regular work.",
  "The results suggest that {m} helps most when the surrounding context of the code is incomplete.",
  "We discuss threats to validity, including data contamination and the choice of benchmarks.",
  "All data, prompts and scripts are released to support replication and further research.",
  "Finally, we outline open problems for {s} that the community should address next.",
];

export interface SyntheticOptions {
  count: number;
  types: string[];
  awards: string[];
  seed?: number;
}

export function syntheticPapers({ count, types, awards, seed = 2024 }: SyntheticOptions): Record<string, unknown>[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const papers: Record<string, unknown>[] = [];
  for (let i = 1; i <= count; i++) {
    const s = pick(SUBJECTS);
    const m = pick(METHODS);
    const authorCount = 2 + Math.floor(rnd() * 11);
    const authors = Array.from({ length: authorCount }, () => ({ given: pick(GIVEN), family: pick(FAMILY), affiliation: pick(PLACES) }));
    const sentences: string[] = [];
    let words = 0;
    while (words < 200) {
      const sentence = pick(SENTENCES).replaceAll("{s}", s.toLowerCase()).replaceAll("{m}", m.toLowerCase());
      sentences.push(sentence);
      words += sentence.split(" ").length;
    }
    const paper: Record<string, unknown> = {
      id: i,
      title: `${pick(SHAPES)(s, m)} (${i})`,
      authors,
      type: types[i % 7 === 0 && types.length > 1 ? 1 : 0],
      archival: rnd() < 0.8,
      abstract: sentences.join(" "),
    };
    if (awards.length && rnd() < 0.01) paper.award = pick(awards);
    if (rnd() < 0.5) paper.links = { pdf: `https://example.org/papers/${i}.pdf` };
    papers.push(paper);
  }
  return papers;
}

export function syntheticPapersYaml(options: SyntheticOptions): string {
  return `# Synthetic papers for the benchmark (${options.count}).\n${stringify(syntheticPapers(options), { lineWidth: 0 })}`;
}
