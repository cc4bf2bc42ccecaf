/**
 * A minimal protobuf writer for the few ONNX messages a test model needs (ModelProto, GraphProto,
 * NodeProto, TensorProto, ValueInfoProto). Field numbers follow onnx/onnx.proto3. Test-only code:
 * it lets the tests build a real `.onnx` file without a protobuf dependency.
 */

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;

/** ONNX TensorProto.DataType values used here. */
export const ONNX_FLOAT = 1;
export const ONNX_INT64 = 7;

function varint(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`varint needs a non-negative integer: ${value}`);
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

/** Builds one protobuf message field by field, in the order given. */
export class MessageWriter {
  private readonly parts: Uint8Array[] = [];

  integer(field: number, value: number): this {
    this.parts.push(Uint8Array.from([...varint((field << 3) | WIRE_VARINT), ...varint(value)]));
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.parts.push(
      Uint8Array.from([...varint((field << 3) | WIRE_LENGTH_DELIMITED), ...varint(value.length)]),
    );
    this.parts.push(value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, value: MessageWriter): this {
    return this.bytes(field, value.finish());
  }

  finish(): Uint8Array {
    const length = this.parts.reduce((sum, part) => sum + part.length, 0);
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}

/** A tensor dimension: a fixed size or a symbolic name such as `batch_size`. */
export type Dimension = number | string;

/** ValueInfoProto for a graph input or output. */
export function valueInfo(name: string, elementType: number, shape: Dimension[]): MessageWriter {
  const shapeMessage = new MessageWriter();
  for (const dimension of shape) {
    const dimensionMessage = new MessageWriter();
    if (typeof dimension === "number") dimensionMessage.integer(1, dimension);
    else dimensionMessage.string(2, dimension);
    shapeMessage.message(1, dimensionMessage);
  }
  const tensorType = new MessageWriter().integer(1, elementType).message(2, shapeMessage);
  return new MessageWriter().string(1, name).message(2, new MessageWriter().message(1, tensorType));
}

/** TensorProto holding float32 values (little-endian `raw_data`). */
export function floatTensor(name: string, dims: number[], values: Float32Array): MessageWriter {
  const tensor = new MessageWriter();
  for (const dimension of dims) tensor.integer(1, dimension);
  tensor.integer(2, ONNX_FLOAT).string(8, name);
  const raw = new Uint8Array(values.length * 4);
  const view = new DataView(raw.buffer);
  values.forEach((value, index) => {
    view.setFloat32(index * 4, value, true);
  });
  return tensor.bytes(9, raw);
}

/** NodeProto with optional integer attributes. */
export function node(
  opType: string,
  inputs: string[],
  outputs: string[],
  integerAttributes: Record<string, number> = {},
): MessageWriter {
  const message = new MessageWriter();
  for (const input of inputs) message.string(1, input);
  for (const output of outputs) message.string(2, output);
  message.string(3, `${opType.toLowerCase()}_${outputs[0] ?? "out"}`).string(4, opType);
  for (const [name, value] of Object.entries(integerAttributes)) {
    const ATTRIBUTE_INT = 2;
    message.message(5, new MessageWriter().string(1, name).integer(3, value).integer(20, ATTRIBUTE_INT));
  }
  return message;
}

export interface GraphParts {
  name: string;
  nodes: MessageWriter[];
  initializers: MessageWriter[];
  inputs: MessageWriter[];
  outputs: MessageWriter[];
}

/** Serialized ModelProto (IR version 8, default-domain opset 13). */
export function encodeModel(graph: GraphParts): Uint8Array {
  const graphMessage = new MessageWriter();
  for (const graphNode of graph.nodes) graphMessage.message(1, graphNode);
  graphMessage.string(2, graph.name);
  for (const initializer of graph.initializers) graphMessage.message(5, initializer);
  for (const input of graph.inputs) graphMessage.message(11, input);
  for (const output of graph.outputs) graphMessage.message(12, output);
  return new MessageWriter()
    .integer(1, 8)
    .string(2, "skillgraph-test-fixture")
    .message(7, graphMessage)
    .message(8, new MessageWriter().string(1, "").integer(2, 13))
    .finish();
}
