import { ApiProperty } from '@nestjs/swagger';

export class PublicMapTilesDto {
  @ApiProperty({
    description: 'Tile URL template (https) with {z}, {x} and {y}, as Leaflet takes it',
    example: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
  })
  urlTemplate!: string;
  @ApiProperty({ description: 'The attribution the tiles need, plain text', example: 'Kaartgegevens © Kadaster' })
  attribution!: string;
}

/** How the public sensor register page draws its map. */
export class PublicMapDto {
  @ApiProperty({
    type: PublicMapTilesDto,
    nullable: true,
    description: 'The background map (PUBLIC_MAP_TILE_URL, PUBLIC_MAP_ATTRIBUTION); null: none is configured',
  })
  tiles!: PublicMapTilesDto | null;
}
