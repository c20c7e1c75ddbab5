// The few words a saved form adds around the owner's own labels, in the languages the page
// chrome has; any other language reads English. Error messages come from the server.
export interface FormStrings {
  requiredNote: string
  country: string
  choose: string
  problems: string
}

const STRINGS: Record<string, FormStrings> = {
  en: {
    requiredNote: 'Fields marked * are required.',
    country: 'Country',
    choose: 'Choose…',
    problems: 'Please check these fields',
  },
  es: {
    requiredNote: 'Los campos marcados con * son obligatorios.',
    country: 'País',
    choose: 'Elige…',
    problems: 'Revisa estos campos',
  },
  fr: {
    requiredNote: 'Les champs marqués d’un * sont obligatoires.',
    country: 'Pays',
    choose: 'Choisir…',
    problems: 'Vérifiez ces champs',
  },
  de: {
    requiredNote: 'Mit * markierte Felder sind Pflichtfelder.',
    country: 'Land',
    choose: 'Auswählen…',
    problems: 'Bitte prüfen Sie diese Felder',
  },
  pt: {
    requiredNote: 'Os campos marcados com * são obrigatórios.',
    country: 'País',
    choose: 'Escolha…',
    problems: 'Verifique estes campos',
  },
  hi: {
    requiredNote: '* से चिह्नित फ़ील्ड आवश्यक हैं।',
    country: 'देश',
    choose: 'चुनें…',
    problems: 'कृपया इन फ़ील्ड की जाँच करें',
  },
  ar: {
    requiredNote: 'الحقول المميزة بعلامة * مطلوبة.',
    country: 'البلد',
    choose: 'اختر…',
    problems: 'يرجى مراجعة هذه الحقول',
  },
  he: {
    requiredNote: 'שדות המסומנים ב-* הם שדות חובה.',
    country: 'מדינה',
    choose: 'בחרו…',
    problems: 'נא לבדוק את השדות האלה',
  },
}

export const formStringsFor = (language: string): FormStrings => STRINGS[language] ?? STRINGS.en!
