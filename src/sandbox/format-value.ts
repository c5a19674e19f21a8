import type { DisplayValue } from './serialize.ts';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Prints a {@link DisplayValue} the way a console does: strings bare at the top level and quoted inside
 * structures, one line when it fits in `width` characters, indented otherwise.
 */
export function formatValue(value: DisplayValue, width = 72): string {
  return print(value, 0, true, width);
}

function print(value: DisplayValue, indent: number, top: boolean, width: number): string {
  switch (value.kind) {
    case 'primitive':
      return value.type === 'string' && !top ? JSON.stringify(value.text) : value.text;
    case 'function':
      return `[Function ${value.name}]`;
    case 'error':
      return `${value.name}: ${value.message}`;
    case 'date':
      return value.text;
    case 'circular':
      return '[Circular]';
    case 'elided':
      return '[…]';
    case 'array': {
      const parts = value.items.map((item) => print(item, indent + 2, false, width));
      if (value.length > value.items.length) parts.push(`… ${value.length - value.items.length} more`);
      const prefix = value.name === 'Array' ? '' : `${value.name}(${value.length}) `;
      return wrap(prefix, '[', ']', parts, indent, width);
    }
    case 'object': {
      const parts = value.entries.map(
        ([key, item]) =>
          `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${print(item, indent + 2, false, width)}`,
      );
      if (value.size > value.entries.length) parts.push(`… ${value.size - value.entries.length} more`);
      const prefix = value.name === 'Object' ? '' : `${value.name} `;
      return wrap(prefix, '{', '}', parts, indent, width);
    }
    case 'map': {
      const parts = value.entries.map(
        ([key, item]) =>
          `${print(key, indent + 2, false, width)} => ${print(item, indent + 2, false, width)}`,
      );
      if (value.size > value.entries.length) parts.push(`… ${value.size - value.entries.length} more`);
      return wrap(`Map(${value.size}) `, '{', '}', parts, indent, width);
    }
    case 'set': {
      const parts = value.items.map((item) => print(item, indent + 2, false, width));
      if (value.size > value.items.length) parts.push(`… ${value.size - value.items.length} more`);
      return wrap(`Set(${value.size}) `, '{', '}', parts, indent, width);
    }
  }
}

function wrap(prefix: string, open: string, close: string, parts: string[], indent: number, width: number) {
  if (parts.length === 0) return `${prefix}${open}${close}`;
  const pad = open === '{' ? ' ' : '';
  const oneLine = `${prefix}${open}${pad}${parts.join(', ')}${pad}${close}`;
  if (oneLine.length + indent <= width && !oneLine.includes('\n')) return oneLine;
  const inner = ' '.repeat(indent + 2);
  return `${prefix}${open}\n${parts.map((p) => `${inner}${p}`).join(',\n')}\n${' '.repeat(indent)}${close}`;
}
