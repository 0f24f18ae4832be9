import { CodeTokenizer, pretokenize } from './src/core/tokenizer/index.ts';
import { toByteLevel } from './src/core/tokenizer/byteLevel.ts';
import { createBpeModel } from './src/core/tokenizer/bpe.ts';
import { readTokenizerSpec } from './src/core/tokenizer/tokenizerSpec.ts';
import { CONSTRUCTION_PATHS, realCodeTexts } from './tests/unit/tokenizerFixtures.ts';
import { Tokenizer } from '@huggingface/tokenizers';
import fs from 'node:fs';
const texts = realCodeTexts(1_000_000);
const bytes = texts.reduce((n,t)=>n+Buffer.byteLength(t),0);
const spec = readTokenizerSpec(CONSTRUCTION_PATHS['tokenizer.json + configs']!());
const T=(name:string,f:()=>void)=>{const t0=performance.now(); f(); const dt=(performance.now()-t0)/1000; console.log(name, dt.toFixed(3),'s', (bytes/1e6/dt).toFixed(2),'MB/s');};
for (let rep=0; rep<2; rep++){
let pieces:string[]=[];
T('regex', ()=>{ pieces=[]; for(const t of texts) for(const p of pretokenize(t)) pieces.push(p); });
const uniq=[...new Set(pieces)]; console.log('pieces',pieces.length,'unique',uniq.length);
let words:string[]=[];
T('byteLevel uniq', ()=>{ words=uniq.map(toByteLevel); });
const lib=createBpeModel(spec.vocab, spec.merges, 'library'); const ref=createBpeModel(spec.vocab, spec.merges, 'reference');
T('bpe lib uniq', ()=>{ for(const w of words) lib.merge(w); });
T('bpe ref uniq', ()=>{ for(const w of words) ref.merge(w); });
const tok = CodeTokenizer.fromFiles(CONSTRUCTION_PATHS['tokenizer.json + configs']!());
T('full cold', ()=>{ tok.clearCache(); for(const t of texts) tok.encode(t); });
T('full warm', ()=>{ for(const t of texts) tok.encode(t); });
const F='/work/shared/fixtures/tiny-roberta/';
const hf=new Tokenizer(JSON.parse(fs.readFileSync(F+'tokenizer.json','utf8')),JSON.parse(fs.readFileSync(F+'tokenizer_config.json','utf8')));
T('plain library encode', ()=>{ for(const t of texts) hf.encode(t); });
}
