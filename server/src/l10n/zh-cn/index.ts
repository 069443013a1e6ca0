// Everything the server writes in Simplified Chinese: message templates, and schema text keyed by its English.
import { commonMessages } from './common';
import { dropInMessages } from './dropIns';
import { execTexts } from './execEnvironment';
import { familyMessages, familySchemaText } from './families';
import { featureMessages } from './features';
import { generatedSummaries, schemaLabels } from './labels';
import { loadRefusalMessages } from './loadRefusals';
import { effectiveUnitComments, renameMessages } from './rename';
import { sectionTexts } from './sections';
import { supervisorSummaries } from './supervisorSummaries';
import { systemdSummaries } from './systemdSummaries';
import { systemdSummariesMoreA } from './systemdSummariesMoreA';
import { systemdSummariesMoreB } from './systemdSummariesMoreB';
import { supervisorMessages } from './supervisor';
import { systemdMessages } from './systemd';
import { timerMessages } from './timers';
import { valueHoverMessages } from './valueHover';
import { valueParserMessages } from './valueParsers';
import { valueMeanings, valuePatterns } from './values';

export const zhCnMessages: Readonly<Record<string, string>> = {
  ...commonMessages, ...systemdMessages, ...supervisorMessages, ...featureMessages, ...valueHoverMessages, ...timerMessages, ...dropInMessages, ...loadRefusalMessages, ...renameMessages, ...effectiveUnitComments,
  ...valueParserMessages, ...valuePatterns, ...generatedSummaries, ...familyMessages,
};

/** Summaries, value meanings, value types, section and specifier texts: English → Chinese. */
export const zhCnSchemaText: ReadonlyMap<string, string> = new Map(Object.entries({
  ...schemaLabels, ...sectionTexts, ...valueMeanings, ...execTexts, ...systemdSummaries, ...systemdSummariesMoreA, ...systemdSummariesMoreB, ...supervisorSummaries, ...familySchemaText,
}));
