// The shape every semantic rule shares: the scanner's mentions in, findings at default severity out.
// `checkPorts` owns severities, sorting and error isolation, so a rule only decides what is wrong.
import type { CheckOptions, Finding, PortMention } from '../types';

export type SemanticRule = (mentions: readonly PortMention[], text: string, options: CheckOptions) => Finding[];
