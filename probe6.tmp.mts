import { readQuantity } from './src/model/quantityText.ts';
for (const t of ['十二个','上万名','约22亿元','约12亿元','4.1亿元','价值2.6亿元','约5亿元','不到2天','3家','21亿元','近百万件','7亿元','82.9万只','2.4万套','1.3吨','3.07亿元','320吨','近300家','20万个','两条','三个']) console.log(t, JSON.stringify(readQuantity(t)));
