// Read aloud through the browser's own speech synthesis (nothing is sent anywhere), offered only when the
// device has a voice for the language: a wrong-language voice reading Arabic is worse than no button.
import { useEffect, useState } from 'preact/hooks';

const synth = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

/** A voice for `lang` ("ar" matches "ar-SA"), if the device has one. */
export function voiceFor(lang: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  return voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang);
}

/** The device's voice for `lang`; browsers load voices late, so this updates on "voiceschanged". */
export function useVoice(lang: string): SpeechSynthesisVoice | undefined {
  const [voices, setVoices] = useState(() => synth()?.getVoices() ?? []);
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const update = () => setVoices(s.getVoices());
    s.addEventListener('voiceschanged', update);
    return () => s.removeEventListener('voiceschanged', update);
  }, []);
  return voiceFor(lang, voices);
}

/** Read `text` aloud; `onEnd` runs when it finishes or is stopped. */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const s = synth();
  if (!s) return;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.onend = utterance.onerror = onEnd;
  s.speak(utterance);
}

/** Stop reading. */
export function stopSpeaking(): void {
  synth()?.cancel();
}
