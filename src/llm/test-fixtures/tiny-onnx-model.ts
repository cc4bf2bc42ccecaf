/**
 * Builds a tiny BERT-shaped feature-extraction model folder that transformers.js loads like a real
 * one: `config.json`, `tokenizer.json` (WordPiece, lower-casing BERT normalizer, `[CLS] … [SEP]`),
 * `tokenizer_config.json` and `onnx/model.onnx`. The ONNX graph is one `Gather` over the token ids:
 * `last_hidden_state[b, t] = embeddings[input_ids[b, t]]`; transformers.js does the pooling.
 *
 * The weights are chosen by hand so similarity is known by construction: every word owns one
 * dimension (one-hot), and words of one topic also share a topic dimension. Texts with common
 * words or a common topic therefore have a higher cosine than texts with disjoint words and topics.
 * `[CLS]`/`[SEP]` carry a small value on their own dimension so no text embeds to the zero vector.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { encodeModel, floatTensor, node, ONNX_FLOAT, ONNX_INT64, valueInfo } from "./onnx-protobuf.js";

/** Special tokens, in id order. */
export const TINY_SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] as const;

/** Topic of each word of the tiny vocabulary. */
export const TINY_TOPIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  software: ["python", "java", "sql", "developer", "programmer", "software", "code"],
  food: ["baking", "bread", "cook", "kitchen", "chef", "recipe"],
  care: ["nurse", "patient", "care", "hospital"],
};

/** Words with no topic (plus the `##s` word piece). */
export const TINY_PLAIN_WORDS = ["and", "the", "with", "##s"] as const;

export interface TinyModelLayout {
  vocabulary: string[];
  /** Embedding width: one dimension per vocabulary entry plus one per topic. */
  dimensions: number;
  /** Row-major `[vocabulary.length, dimensions]` embedding table. */
  embeddings: Float32Array;
}

const SPECIAL_WEIGHT = 0.1;

/** The vocabulary and embedding table of the tiny model (pure; no I/O). */
export function tinyModelLayout(): TinyModelLayout {
  const topics = Object.keys(TINY_TOPIC_WORDS);
  const topicOf = new Map<string, number>();
  topics.forEach((topic, topicIndex) => {
    for (const word of TINY_TOPIC_WORDS[topic] ?? []) topicOf.set(word, topicIndex);
  });
  const vocabulary = [...TINY_SPECIAL_TOKENS, ...topicOf.keys(), ...TINY_PLAIN_WORDS];
  const dimensions = vocabulary.length + topics.length;
  const embeddings = new Float32Array(vocabulary.length * dimensions);
  vocabulary.forEach((token, id) => {
    const row = id * dimensions;
    if (token === "[PAD]") return;
    const isFraming = token === "[CLS]" || token === "[SEP]";
    embeddings[row + id] = isFraming ? SPECIAL_WEIGHT : 1;
    const topic = topicOf.get(token);
    if (topic !== undefined) embeddings[row + vocabulary.length + topic] = 1;
  });
  return { vocabulary, dimensions, embeddings };
}

function tokenizerJson(vocabulary: string[]): unknown {
  const id = (token: string): number => vocabulary.indexOf(token);
  const special = (token: string) => ({ SpecialToken: { id: token, type_id: 0 } });
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: TINY_SPECIAL_TOKENS.map((token) => ({
      id: id(token),
      content: token,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: "BertNormalizer",
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [special("[CLS]"), { Sequence: { id: "A", type_id: 0 } }, special("[SEP]")],
      pair: [
        special("[CLS]"),
        { Sequence: { id: "A", type_id: 0 } },
        special("[SEP]"),
        { Sequence: { id: "B", type_id: 1 } },
        { SpecialToken: { id: "[SEP]", type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        ["[CLS]", "[SEP]"].map((token) => [token, { id: token, ids: [id(token)], tokens: [token] }]),
      ),
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: {
      type: "WordPiece",
      unk_token: "[UNK]",
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, index) => [token, index])),
    },
  };
}

/** The ONNX bytes of the tiny model: `last_hidden_state = Gather(embeddings, input_ids)`. */
export function tinyOnnxModelBytes(layout: TinyModelLayout = tinyModelLayout()): Uint8Array {
  const sequenceShape = ["batch_size", "sequence_length"];
  return encodeModel({
    name: "tiny_embedding",
    nodes: [node("Gather", ["embeddings", "input_ids"], ["last_hidden_state"], { axis: 0 })],
    initializers: [
      floatTensor("embeddings", [layout.vocabulary.length, layout.dimensions], layout.embeddings),
    ],
    inputs: [
      valueInfo("input_ids", ONNX_INT64, sequenceShape),
      valueInfo("attention_mask", ONNX_INT64, sequenceShape),
    ],
    outputs: [valueInfo("last_hidden_state", ONNX_FLOAT, [...sequenceShape, layout.dimensions])],
  });
}

export interface WriteTinyModelOptions {
  /** Also write `onnx/model_quantized.onnx` (same graph), for the `quantized: true` path. Default false. */
  withQuantizedFile?: boolean;
  /** Leave out `onnx/model.onnx`, to test a broken folder. Default false. */
  omitModelFile?: boolean;
}

/** Write the tiny model folder into `directory` (created if needed); returns the layout used. */
export async function writeTinyOnnxModel(
  directory: string,
  options: WriteTinyModelOptions = {},
): Promise<TinyModelLayout> {
  const layout = tinyModelLayout();
  await mkdir(join(directory, "onnx"), { recursive: true });
  const config = {
    model_type: "bert",
    architectures: ["BertModel"],
    hidden_size: layout.dimensions,
    vocab_size: layout.vocabulary.length,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    max_position_embeddings: 128,
  };
  const tokenizerConfig = {
    tokenizer_class: "BertTokenizer",
    do_lower_case: true,
    model_max_length: 128,
    cls_token: "[CLS]",
    sep_token: "[SEP]",
    pad_token: "[PAD]",
    unk_token: "[UNK]",
    mask_token: "[MASK]",
  };
  await writeFile(join(directory, "config.json"), JSON.stringify(config, null, 2));
  await writeFile(
    join(directory, "tokenizer.json"),
    JSON.stringify(tokenizerJson(layout.vocabulary), null, 2),
  );
  await writeFile(join(directory, "tokenizer_config.json"), JSON.stringify(tokenizerConfig, null, 2));
  const bytes = tinyOnnxModelBytes(layout);
  if (!options.omitModelFile) await writeFile(join(directory, "onnx", "model.onnx"), bytes);
  if (options.withQuantizedFile) await writeFile(join(directory, "onnx", "model_quantized.onnx"), bytes);
  return layout;
}
