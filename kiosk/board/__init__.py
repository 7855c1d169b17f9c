"""The hall board (hall-board): called numbers on the big screen, spoken and captioned."""
