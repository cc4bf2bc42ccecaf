/** Small documents shared by the match and edit tests (not exported from the package). */

export const TILE_SETTER_JOB = `## Job title
Tile Setter

## Required Skills
- Grouting and sealing
- Blueprint reading
- Customer service

## Preferred Skills
- Forklift operation

## Required Experience
- At least 5 years of experience as a tile setter.

## Education
- High school diploma
`;

export const TILE_SETTER_RESUME = `## Personal Information
Name: Sam Rivera
Email: sam@example.com
Phone: 555-123-4567

## Education
High School Diploma, Lincoln High School

## Skills
- Grouting and sealing floors
- Reading blueprints

## Experience
Tile Setter, Stone & Co (2013 - 2014)
- Laid ceramic tile and helped customers choose materials; good customer service.
Warehouse Associate, BoxCo (2014 - 2020)
- Drove pallet jacks.
`;

/** The same person with six years as a tile setter and forklift work stated. */
export const SENIOR_TILE_SETTER_RESUME = `## Personal Information
Name: Alex Kim
Email: alex@example.com

## Education
High School Diploma

## Skills
- Grouting and sealing
- Blueprint reading
- Customer service
- Forklift operation

## Experience
Tile Setter, Stone & Co (2014 - 2020)
- Set floor and wall tile; read blueprints; served customers.
`;
