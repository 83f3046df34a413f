/**
 * A number and its unit stay on one line in 3D text ("9.9 kg", "0.26 kWh", "1 m³", "25 °C"): the
 * space between them becomes a no-break space, which troika never breaks at. Lesson text and UI
 * strings keep ordinary spaces; only what the 3D panels lay out is changed.
 */
const NUMBER_THEN_UNIT = /(\d) (?=(?:kg|g|t|Mt|L|ml|mm|cm|km|m³|m²|m|kWh|MWh|GWh|TWh|W|kW|°C|%|CO₂e?)(?![\p{L}\p{N}]))/gu;

export function keepUnitsTogether(text: string): string {
  return text.includes(' ') ? text.replace(NUMBER_THEN_UNIT, '$1\u00a0') : text;
}
