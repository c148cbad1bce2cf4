/** The header menu and footer links, in the order they are shown. Paths are site paths (base added on render). */
export const primaryNav = [
  { href: '/methods/', label: 'Methods' },
  { href: '/tools/', label: 'Tools' },
  { href: '/training/', label: 'Training' },
  { href: '/faculties/', label: 'Faculties' },
  { href: '/assessments/', label: 'Self-assessments' },
  { href: '/posters/', label: 'Posters' },
  { href: '/programmes/', label: 'Programmes' },
  { href: '/news/', label: 'News' },
] as const;

export const footerNav = [
  { href: '/about/', label: 'About QI Hub' },
  { href: '/resources/', label: 'Resources' },
  { href: '/contact/', label: 'Contact us' },
  { href: '/accessibility/', label: 'Accessibility statement' },
  { href: '/privacy/', label: 'Privacy' },
] as const;
