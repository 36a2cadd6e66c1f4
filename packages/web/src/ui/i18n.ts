import { defineTexts } from './define-texts.ts';

export const uiTexts = defineTexts({
  it: {
    appName: 'Traguardo',
    tagline: 'Il ciclo della performance dell’ente',
    skipLinks: 'Collegamenti rapidi',
    skipToContent: 'Vai al contenuto principale',
    skipToFooter: 'Vai al piè di pagina',
    header: {
      language: 'Lingua',
      italian: 'Italiano',
      english: 'English',
      userMenu: 'Menu utente di {{name}}',
      logout: 'Esci',
      home: 'Traguardo: torna alla pagina iniziale',
    },
    breadcrumb: { label: 'Percorso di navigazione', orgs: 'Enti' },
    loading: 'Caricamento in corso…',
    errors: {
      title: 'Si è verificato un problema',
      generic: 'Non è stato possibile caricare i dati. Riprovare tra qualche istante.',
      network: 'Il server non risponde. Verificare la connessione e riprovare.',
      forbidden: 'Non si dispone dei permessi necessari per consultare questa pagina.',
      notFound: 'La risorsa richiesta non esiste o è stata rimossa.',
      retry: 'Riprova',
    },
    notFound: {
      title: 'Pagina non trovata',
      body: 'L’indirizzo richiesto non corrisponde ad alcuna pagina di Traguardo.',
      back: 'Torna all’elenco degli enti',
    },
    footer: {
      about: 'Traguardo: gestione del ciclo della performance degli enti locali (D.Lgs. 150/2009).',
      api: 'Documentazione delle API',
    },
  },
  en: {
    appName: 'Traguardo',
    tagline: 'The organisation’s performance cycle',
    skipLinks: 'Skip links',
    skipToContent: 'Skip to main content',
    skipToFooter: 'Skip to footer',
    header: {
      language: 'Language',
      italian: 'Italiano',
      english: 'English',
      userMenu: 'User menu of {{name}}',
      logout: 'Sign out',
      home: 'Traguardo: back to the home page',
    },
    breadcrumb: { label: 'Breadcrumb', orgs: 'Organisations' },
    loading: 'Loading…',
    errors: {
      title: 'Something went wrong',
      generic: 'The data could not be loaded. Please try again in a moment.',
      network: 'The server is not answering. Check the connection and try again.',
      forbidden: 'You do not have permission to view this page.',
      notFound: 'The requested item does not exist or was removed.',
      retry: 'Try again',
    },
    notFound: {
      title: 'Page not found',
      body: 'The address does not match any page of Traguardo.',
      back: 'Back to the list of organisations',
    },
    footer: {
      about: 'Traguardo: performance cycle management for local authorities (D.Lgs. 150/2009).',
      api: 'API documentation',
    },
  },
});
