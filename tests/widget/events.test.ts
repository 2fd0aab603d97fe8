import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../widget/events.ts';

describe('createEmitter', () => {
  it('calls listeners with the detail until they unsubscribe', () => {
    const emitter = createEmitter();
    const heard: unknown[] = [];
    const off = emitter.on('answer', (d) => heard.push(d));
    emitter.emit('answer', { entries: ['a'] });
    off();
    emitter.emit('answer', { entries: ['b'] });
    expect(heard).toEqual([{ entries: ['a'] }]);
  });

  it("keeps going when a partner's listener throws", () => {
    const emitter = createEmitter();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const heard: string[] = [];
    emitter.on('open', () => {
      throw new Error('partner bug');
    });
    emitter.on('open', () => heard.push('second'));
    expect(() => emitter.emit('open')).not.toThrow();
    expect(heard).toEqual(['second']);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
