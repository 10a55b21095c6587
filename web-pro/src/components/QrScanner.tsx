import { Scanner, setZXingModuleOverrides } from '@yudiel/react-qr-scanner';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { useState } from 'react';

// Browsers without a native BarcodeDetector decode with ZXing in WebAssembly: served
// from this app rather than a CDN.
setZXingModuleOverrides({
  locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
});

/** The camera reading ticket QR codes; hands over the text of the first one it sees. */
export default function QrScanner({ onText }: { onText: (text: string) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="qr-scanner">
      <Scanner
        formats={['qr_code']}
        onScan={(codes) => {
          const text = codes[0]?.rawValue;
          if (text) onText(text);
        }}
        onError={() =>
          setProblem(
            "La caméra n'est pas disponible : autorisez-la dans le navigateur, ou saisissez la contremarque.",
          )
        }
        sound={false}
      />
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
