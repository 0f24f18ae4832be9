require 'concurrent/channel/buffer/base'

require 'concurrent/channel/buffer/buffered'
require 'concurrent/channel/buffer/dropping'
require 'concurrent/channel/buffer/sliding'
require 'concurrent/channel/buffer/unbuffered'

require 'concurrent/channel/buffer/ticker'
require 'concurrent/channel/buffer/timer'
