// Everything the server writes in Simplified Chinese: message templates, and schema text keyed by its English.
import { commonMessages } from './common';
import { convertMessages } from './convert';
import { dropInMessages } from './dropIns';
import { execTexts } from './execEnvironment';
import { familyMessages, familySchemaText } from './families';
import { featureMessages } from './features';
import { generatedSummaries, schemaLabels } from './labels';
import { lineFormatMessages, lineFormatTexts } from './lineFormats';
import { loadRefusalMessages } from './loadRefusals';
import { effectiveUnitComments, renameMessages } from './rename';
import { quadletMessages, quadletSummaries } from './quadlet';
import { sectionTexts } from './sections';
import { securityMessages } from './security';
import { supervisorSummaries } from './supervisorSummaries';
import { systemdSummaries } from './systemdSummaries';
import { systemdSummariesMoreA } from './systemdSummariesMoreA';
import { systemdSummariesMoreB } from './systemdSummariesMoreB';
import { supervisorMessages } from './supervisor';
import { systemdMessages } from './systemd';
import { sysvMessages, sysvTexts } from './sysv';
import { timerMessages } from './timers';
import { valueHoverMessages } from './valueHover';
import { valueParserMessages } from './valueParsers';
import { valueMeanings, valuePatterns } from './values';

// Built on first use, and each file's table is a function called only then: an English run (the
// checker's default) never builds the catalog, whose tables and merge were over a tenth of its start-up.
let messages: Readonly<Record<string, string>> | undefined;
let schemaText: ReadonlyMap<string, string> | undefined;

/** Message templates: English → Chinese. */
export function zhCnMessages(): Readonly<Record<string, string>> {
  return (messages ??= {
    ...commonMessages(), ...systemdMessages(), ...supervisorMessages(), ...featureMessages(), ...valueHoverMessages(), ...timerMessages(), ...dropInMessages(), ...loadRefusalMessages(), ...renameMessages(), ...effectiveUnitComments(), ...convertMessages(),
    ...securityMessages(),
    ...valueParserMessages(), ...valuePatterns(), ...generatedSummaries(), ...familyMessages(), ...quadletMessages(), ...lineFormatMessages(), ...sysvMessages(),
  });
}

/** Summaries, value meanings, value types, section and specifier texts: English → Chinese. */
export function zhCnSchemaText(): ReadonlyMap<string, string> {
  return (schemaText ??= new Map(Object.entries({
    ...schemaLabels(), ...sectionTexts(), ...valueMeanings(), ...execTexts(), ...systemdSummaries(), ...systemdSummariesMoreA(), ...systemdSummariesMoreB(), ...supervisorSummaries(), ...familySchemaText(),
    ...quadletSummaries(), ...lineFormatTexts(), ...sysvTexts(),
  })));
}
