import fs from 'node:fs';
import { CodeTokenizer, measureTokenizerThroughput } from './src/core/tokenizer/index.ts';
const F='/work/shared/fixtures/tiny-roberta/';
const r=(f:string)=>fs.readFileSync(F+f,'utf8');
const tok=CodeTokenizer.fromFiles({tokenizerJson:r('tokenizer.json'), tokenizerConfig:r('tokenizer_config.json'), specialTokensMap:r('special_tokens_map.json')});
const ref=CodeTokenizer.fromFiles({tokenizerJson:r('tokenizer.json'), tokenizerConfig:r('tokenizer_config.json')},{bpe:'reference'});
const dir='node_modules/@tensorflow/tfjs-core/dist/ops/';
const texts:string[]=[];let n=0;
for(const f of fs.readdirSync(dir).sort()){ if(!f.endsWith('.js'))continue; const t=fs.readFileSync(dir+f,'utf8'); texts.push(t); n+=Buffer.byteLength(t); if(n>2e6)break;}
for (const [name,t] of [['lib',tok],['ref',ref]] as const) {
  console.log(name,'cold', measureTokenizerThroughput(t, texts));
  console.log(name,'warm', measureTokenizerThroughput(t, texts,{coldCache:false}));
  console.log(name,'trunc512 warm', measureTokenizerThroughput(t, texts,{coldCache:false, encode:{truncation:true,maxLength:512}}));
}
